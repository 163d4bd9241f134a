import { type Org, ROOT } from './org.js';

/** An index over the organisations: by id, each one's parent, and its children in name order. */
export interface Tree {
  readonly byId: ReadonlyMap<string, Org>;
  readonly parents: ReadonlyMap<string, string>;
  readonly children: ReadonlyMap<string, readonly string[]>;
}

const NO_CHILDREN: readonly string[] = [];

/**
 * Builds the index. An organisation whose parent is missing or that sits on a cycle (a record
 * from a half-synced replica, or a damaged one) hangs under the root rather than vanishing from
 * everyone's scope.
 */
export function buildTree(orgs: Iterable<Org>): Tree {
  const byId = new Map<string, Org>();
  for (const org of orgs) byId.set(org.id, org);
  const parents = new Map<string, string>();
  for (const org of byId.values()) {
    if (org.id === ROOT) continue;
    parents.set(org.id, org.parent !== undefined && byId.has(org.parent) ? org.parent : ROOT);
  }
  // 1. Walk up from each organisation; coming back to it means it is on a cycle: cut it there.
  for (const id of parents.keys()) {
    const seen = new Set<string>();
    for (let at = parents.get(id); at !== undefined && at !== ROOT; at = parents.get(at)) {
      if (at === id) {
        parents.set(id, ROOT);
        break;
      }
      if (seen.has(at)) break; // a cycle above, not through this one: cut when its own turn comes
      seen.add(at);
    }
  }
  // 2. Children lists, each in name order.
  const children = new Map<string, string[]>();
  for (const [id, parent] of parents) {
    const list = children.get(parent) ?? [];
    list.push(id);
    children.set(parent, list);
  }
  const nameOf = (id: string) => byId.get(id)?.name ?? '';
  for (const list of children.values())
    list.sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'vi') || a.localeCompare(b));
  return { byId, parents, children };
}

export const childrenOf = (tree: Tree, id: string): readonly string[] => tree.children.get(id) ?? NO_CHILDREN;

/** The organisation and everything under it. */
export function subtree(tree: Tree, id: string): Set<string> {
  const out = new Set<string>();
  if (!tree.byId.has(id)) return out;
  const stack = [id];
  while (stack.length > 0) {
    const at = stack.pop() as string;
    if (out.has(at)) continue;
    out.add(at);
    stack.push(...childrenOf(tree, at));
  }
  return out;
}

/** The tree's parent of an organisation, undefined for the root and unknown ids. */
export const parentOf = (tree: Tree, id: string): string | undefined => tree.parents.get(id);

/** From the root down to the organisation, both included. */
export function pathOf(tree: Tree, id: string): string[] {
  const path: string[] = [];
  for (let at: string | undefined = id; at !== undefined && !path.includes(at); at = parentOf(tree, at))
    path.unshift(at);
  return path;
}

/**
 * For every organisation in `top`'s subtree, the child of `top` it lies under (`top` itself for
 * `top`): the rows of a statistics table with one row per child.
 */
export function branchOf(tree: Tree, top: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!tree.byId.has(top)) return out;
  out.set(top, top);
  for (const child of childrenOf(tree, top)) for (const id of subtree(tree, child)) out.set(id, child);
  return out;
}

/** The organisation a unit belongs to: its own when that still exists, else the root. */
export function orgOfUnit(tree: Tree, unit: { org?: string | undefined }): string {
  return unit.org !== undefined && tree.byId.has(unit.org) ? unit.org : ROOT;
}
