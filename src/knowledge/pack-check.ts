import { DEFAULT_CAMPAIGN } from '../config.js';
import { loadPack, PackError } from './pack.js';
import { Responder } from './respond.js';

/**
 * `npm run pack:check [FILE]`: validates a campaign pack (the shipped one by default) and prints
 * its counts, then asks the search every sample question of the pack and lists those that do
 * not lead back to their own topic, so that an editor sees at once where topics overlap.
 * Exit 0 when valid, 1 when the pack is broken (each problem names the file and the path in it):
 * among others, a command, window or document named but missing, a status stated without `asOf`,
 * a topic without its source, two documents sharing a number.
 */
const file = process.argv[2] ?? DEFAULT_CAMPAIGN;
const out = (line: string) => process.stdout.write(`${line}\n`);

try {
  const pack = loadPack(file);
  const questions = pack.topics.reduce((n, t) => n + t.questions.vi.length + t.questions.en.length, 0);
  out(`${file}: valid`);
  out(`  campaign     ${pack.campaign.id}`);
  out(`  as of        ${pack.asOf ?? '(no asOf: no document status may be stated)'}`);
  out(
    `  commands     ${Object.entries(pack.commands)
      .map(([c, t]) => `/${c} -> ${t}`)
      .join(', ')}`,
  );
  out(
    `  documents    ${pack.documents.length} (${pack.documents.filter((d) => d.status === 'superseded').length} superseded)`,
  );
  out(`  unit types   ${pack.unitTypes.length}`);
  out(`  windows      ${pack.windows.length}`);
  out(`  topics       ${pack.topics.length}`);
  out(`  checklist    ${pack.checklist.steps.length} steps`);
  out(`  questions    ${questions} sample questions`);
  out(`  synonyms     ${Object.keys(pack.synonyms).length}`);
  out(`  off-topic    ${pack.offTopic.length} phrases (a weak prior)`);
  out(
    `  party-other  ${pack.evidence.partyOther.length} phrases (other party business: refused unless the subject is named too)`,
  );
  const words = pack.wordCounts;
  out(
    `  word prior   ${words ? `${Object.keys(words.words).length} words of ${words.inScope} in-scope and ${words.outOfScope} out-of-scope questions (${words.learnedFrom})` : 'none'}`,
  );

  const responder = new Responder(pack);
  const astray: string[] = [];
  for (const t of pack.topics) {
    if (t.questions.vi.length === 0 || t.questions.en.length === 0)
      astray.push(`  topic ${t.id}: add sample questions in both languages`);
    for (const q of [...t.questions.vi, ...t.questions.en]) {
      const got = responder.respond(q).parts.find((p) => p.kind === 'topic');
      if (got?.kind === 'topic' && got.topic === t.id) continue;
      astray.push(`  topic ${t.id}: "${q}" -> ${got?.kind === 'topic' ? got.topic : 'no answer'}`);
    }
  }
  if (astray.length > 0) {
    out(`warnings (${astray.length}): sample questions that do not lead to their own topic`);
    for (const line of astray) out(line);
  }
} catch (err) {
  if (err instanceof PackError) {
    for (const line of err.message.split('\n')) process.stderr.write(`pack:check: ${line}\n`);
    process.exit(1);
  }
  throw err;
}
