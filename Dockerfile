# syntax=docker/dockerfile:1
# Build stage: full install (compiles sqlite3 and the TypeScript sources), then drop dev dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
RUN npm install -g npm@11
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src src
COPY bench bench
COPY test/support test/support
COPY config config
COPY locales locales
RUN npm ci --no-audit --no-fund && npm prune --omit=dev

# Runtime stage: compiled dist/ and production dependencies only, as the unprivileged node user.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    STORE_URL=sqlite:///app/data/bot.sqlite \
    PORT=8080
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
# The dashboard's page (plain HTML, CSS and script) is served from its source folder.
COPY --from=build /app/src/dashboard/page src/dashboard/page
COPY config config
COPY locales locales
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 8080
# Webhook mode and the dashboard answer /healthz; in polling mode without the dashboard there is no
# HTTP server, so a running process is healthy.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "if(!process.env.WEBHOOK_URL&&!process.env.DASHBOARD_URL)process.exit(0);fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/src/main.js"]
