import { describe, expect, it } from 'vitest';
import { DEFAULT_CAMPAIGN } from '../../src/config.js';
import { loadI18n } from '../../src/i18n/index.js';
import type { AnswerContext } from '../../src/knowledge/answer.js';
import { composeReply } from '../../src/knowledge/cards.js';
import { fold } from '../../src/knowledge/normalize.js';
import { loadPack, type PackDocument } from '../../src/knowledge/pack.js';
import { Responder } from '../../src/knowledge/respond.js';
import { LOCALES_DIR } from '../../src/paths.js';
import { OFF_WORD_QUESTIONS } from './offwords.js';

const pack = loadPack(DEFAULT_CAMPAIGN);
const responder = new Responder(pack);
const i18n = loadI18n(LOCALES_DIR);
const ctx = (lang: 'vi' | 'en'): AnswerContext => ({
  lang,
  t: (id, args) => i18n.t(lang, id, args),
  today: '2026-03-02',
});
const reply = (q: string, lang: 'vi' | 'en' = 'vi') => {
  const r = responder.respond(q);
  return { parts: r.parts, text: composeReply(pack, r.parts, ctx(lang))?.text ?? '' };
};

const MONTH_NAMES =
  'January February March April May June July August September October November December'.split(' ');
const KIND_WORDS: Record<string, [string, string, string]> = {
  CT: ['chỉ thị', 'chi thi', 'Directive'],
  KL: ['kết luận', 'ket luan', 'Conclusion'],
  HD: ['hướng dẫn', 'huong dan', 'Guidance'],
  KH: ['kế hoạch', 'ke hoach', 'Plan'],
  NQ: ['nghị quyết', 'nghi quyet', 'Resolution'],
  QĐ: ['quy định', 'quy dinh', 'Regulation'],
};

/** Ways people type a document's number: as printed, kind word + number (with and without marks), run together, English. */
function spellings(d: PackDocument): string[] {
  const [numeral = '', rest = ''] = d.number.split('-');
  const kind = rest.split('/')[0] ?? '';
  const [vi, plain, en] = KIND_WORDS[kind] ?? ['', '', ''];
  // Documents that share a number are told apart by their year.
  const shared = pack.documents.some((x) => x !== d && x.number === d.number);
  const y = (sep: string) => (shared ? ` ${sep} ${d.date.slice(0, 4)}` : '');
  return [
    `${d.number}${y('năm')} là văn bản gì?`,
    `${vi} số ${numeral}${y('năm')} ban hành ngày nào`,
    `${plain} ${numeral}${y('nam')} do ai ban hanh`,
    `${fold(kind)}${numeral}${y('nam')} con hieu luc khong`,
    `What is ${en} ${numeral}${y('of')}?`,
  ];
}

/** Each question gets "not in the bot's sources" only, naming the reference as shown. */
function expectDeclined(cases: Array<[question: string, shown: string]>): void {
  for (const [q, shown] of cases) {
    const { parts, text } = reply(q);
    expect(
      parts.map((p) => p.kind),
      q,
    ).toEqual(['unknown-document']);
    expect(text, q).toContain(`Văn bản ${shown} không có trong nguồn của bot`);
  }
}

describe('documents asked by number', () => {
  it('answers each document of the pack from its card, in five spellings', () => {
    for (const d of pack.documents) {
      for (const q of spellings(d)) {
        const { parts, text } = reply(q);
        expect(parts[0], q).toEqual({ kind: 'document', id: d.id });
        expect(text, q).toContain(d.cite.vi);
        expect(text, q).toContain(d.issuer.vi);
      }
    }
  });

  it('gives the card: number, date, issuer, status as of the pack date, what it replaced, its topics, its source', () => {
    const { text } = reply('Quy định 365-QĐ/TW là gì');
    expect(text).toContain('Số: 365-QĐ/TW · Ngày ban hành: 30/08/2025 · Cơ quan ban hành: Bộ Chính trị.');
    expect(text).toContain(
      'Không có thay đổi nào sau đó được ghi nhận trong nguồn của bot (tính đến ngày 01/12/2026).',
    );
    expect(text).toContain('Văn bản này thay thế Quy định số 89-QĐ/TW ngày 04/8/2017 của Bộ Chính trị.');
    expect(text).toContain('Chủ đề dựa trên văn bản này: Những thay đổi từ sau hội nghị 23/10/2024.');
    expect(text).toContain('Nguồn: baophutho.vn/');
    const old = reply('QĐ 89 còn hiệu lực không?').text;
    expect(old).toContain('Đã được thay thế bởi Quy định số 365-QĐ/TW');
    const plan = reply('KH 258-KH/TU của Thành ủy là kế hoạch gì?').text;
    expect(plan).toContain('Nguồn của bot không nêu tên (trích yếu) của văn bản này.');
  });

  it('gives the 2019 Directive 35 its own short card saying the bot does not use its rules', () => {
    const { parts, text } = reply('chỉ thị 35 năm 2019 quy định gì');
    expect(parts).toEqual([{ kind: 'document', id: 'ct-35-2019' }]);
    expect(text).toContain('Bot không dùng quy định của văn bản này.');
    expect(reply('chỉ thị 35 quy định gì').parts[0]).toEqual({ kind: 'document', id: 'ct-35-2024' });
    // What the question says of it may stand before its year.
    expect(reply('chi thi 35 cu nam 2019 la gi').parts[0]).toEqual({ kind: 'document', id: 'ct-35-2019' });
    // "ra năm 2019": issued that year.
    expect(reply('chỉ thị số 35 ra năm 2019 là văn bản gì').parts[0]).toEqual({
      kind: 'document',
      id: 'ct-35-2019',
    });
    // The document named again before its year: "văn bản ban hành năm 2019", "the one of 2019".
    for (const q of [
      'Tôi thấy có hai văn bản cùng số 35-CT/TW, văn bản ban hành năm 2019 là văn bản gì?',
      'Directive 35, the one of 2019, what was it about?',
    ])
      expect(reply(q).parts, q).toEqual([{ kind: 'document', id: 'ct-35-2019' }]);
  });

  it('reads a number typed onto the word before it: a kind phrase\'s last word or "số"', () => {
    const cases: Array<[string, string]> = [
      ['chi thi45 ban hanh ngay nao vay', 'ct-45-2025'],
      ['ket luan so118 con hieu luc k', 'kl-118-2025'],
      ['quy dinh365 thay quy dinh nao', 'qd-365-2025'],
      ['Kế hoạch số258 của Thành ủy là gì?', 'kh-258-2024'],
    ];
    for (const [q, id] of cases) expect(reply(q).parts[0], q).toEqual({ kind: 'document', id });
  });

  it('declines a working regulation (quy chế) by number: a kind the pack holds none of', () => {
    expect(reply('Quy chế 05-QC/ĐU làm việc của đảng ủy phường').parts.map((p) => p.kind)).toEqual([
      'unknown-document',
    ]);
  });

  it('reads "tháng 10", "năm 2025" after a number as its date, not as what the number counts', () => {
    expect(reply('Kết luận 200 tháng 10 năm 2025 nói về nội dung gì?').parts[0]).toEqual({
      kind: 'document',
      id: 'kl-200-2025',
    });
    expect(reply('kh258 tháng 7/2024 là kế hoạch gì').parts[0]).toEqual({
      kind: 'document',
      id: 'kh-258-2024',
    });
  });

  it('reads "phan cấp" after a number typed without marks as "phân cấp", no count of parts', () => {
    expect(reply('qd80 phan cap quan ly can bo la quy dinh gi').parts.map((p) => p.kind)).toEqual([
      'unknown-document',
    ]);
    expect(reply('chi thi 35 nam 2024 co 3 phan nao').parts[0]).toEqual({
      kind: 'document',
      id: 'ct-35-2024',
    });
  });

  it('answers what is asked of a document in one part: "the issuer and date of Conclusion 118"', () => {
    const parts = reply('For my thesis papers I need the issuer and date of Conclusion 118').parts;
    expect(parts[0]).toEqual({ kind: 'document', id: 'kl-118-2025' });
    // "my papers" ask nothing of the documents the bot rests on.
    expect(parts.filter((p) => p.kind === 'topic').map((p) => p.topic)).not.toContain('tai-lieu');
    // Two questions of their own are still two parts.
    const two = reply('Đại hội chi bộ có mấy nội dung và Chỉ thị 45 ban hành ngày nào?').parts;
    expect(two[0]).toEqual({ kind: 'topic', topic: 'noi-dung' });
    expect(two).toContainEqual({ kind: 'document', id: 'ct-45-2025' });
  });

  it('declines an ordinance (pháp lệnh) by number, and reads "No." as no end of a sentence', () => {
    for (const q of [
      'Pháp lệnh số 36 về cựu chiến binh nói gì?',
      'Ordinance 36 on veterans: what does it say?',
    ])
      expect(
        reply(q).parts.map((p) => p.kind),
        q,
      ).toEqual(['unknown-document']);
    expect(reply('Who issued Conclusion No. 200 of October 2025?').parts[0]).toEqual({
      kind: 'document',
      id: 'kl-200-2025',
    });
  });

  it('tells documents that share a number apart by the year or the date given near the reference', () => {
    const shared = pack.documents.filter((d) => pack.documents.some((x) => x !== d && x.number === d.number));
    expect(shared.length).toBeGreaterThan(1);
    for (const d of shared) {
      const [numeral = '', rest = ''] = d.number.split('-');
      const [vi, plain, en] = KIND_WORDS[rest.split('/')[0] ?? ''] ?? ['', '', ''];
      const [y, m, day] = d.date.split('-').map(Number);
      for (const q of [
        `${plain} ${numeral} hoi ${y} do ai ky`,
        `${vi} số ${numeral} ngày ${day}/${m}/${y} nói về việc gì`,
        `The ${y} ${en} No. ${numeral}: who signed it?`,
        `Năm ${y}, cơ quan nào ra ${vi} ${numeral}?`,
        `${vi} ${numeral} của Bộ Chính trị ban hành ngày ${day} tháng ${m} năm ${y} còn dùng không`,
        `${en} ${numeral} of ${day} ${MONTH_NAMES[(m ?? 1) - 1]} ${y}: is it in force?`,
      ]) {
        expect(reply(q).parts[0], q).toEqual({ kind: 'document', id: d.id });
      }
    }
    // Without a year, the document the bot uses comes first, never its lookalike.
    for (const d of shared.filter((x) => !x.lookalike)) {
      const [numeral = '', rest = ''] = d.number.split('-');
      const [vi] = KIND_WORDS[rest.split('/')[0] ?? ''] ?? [''];
      expect(reply(`${vi} ${numeral} ban hành ở đâu`).parts[0]).toEqual({ kind: 'document', id: d.id });
    }
  });

  it('declines a number given with a year none of its documents bears, offering those of that number first', () => {
    for (const [q, ref] of [
      ['Chỉ thị 35 năm 2010 nói gì?', 'CT 35 (2010)'],
      ['Directive 35 of 2011: what is in it?', 'CT 35 (2011)'],
      ['KL 118 năm 2024 nói gì', 'KL 118 (2024)'],
      ['kế hoạch 258 ngày 2/3/2022 là kế hoạch nào', 'KH 258 (2/3/2022)'],
      ['Chỉ thị 35 của Bộ Chính trị ngày 5 tháng 1 năm 2011 nói gì', 'CT 35 (5/1/2011)'],
    ] as const) {
      const [part] = reply(q).parts;
      expect(part?.kind, q).toBe('unknown-document');
      if (part?.kind !== 'unknown-document') continue;
      expect(part.ref, q).toBe(ref);
      const numeral = ref.split(' ')[1];
      const same = pack.documents.filter((d) => d.number.startsWith(`${numeral}-`)).map((d) => d.id);
      expect(part.nearest.slice(0, same.length).sort(), q).toEqual(same.sort());
    }
    // A later year picks the latest document of that number issued before it: the one in use then.
    for (const [q, id] of [
      ['Chỉ thị 35 năm 2021 nói gì', 'ct-35-2019'],
      ['Chỉ thị 35 năm 2025 có gì mới', 'ct-35-2024'],
      ['Kế hoạch 203 năm 2025 của quận', 'kh-203-2024'],
    ] as const)
      expect(reply(q).parts[0], q).toEqual({ kind: 'document', id });
    // A year that is the question's time, not the document's, declines nothing.
    for (const q of [
      'Đến năm 2026 chỉ thị 45 còn hiệu lực không',
      'Directive 45 in 2026: still the rule?',
      'Directive 45 of the Politburo in 2026: still the rule?',
    ]) {
      expect(reply(q).parts[0], q).toEqual({ kind: 'document', id: 'ct-45-2025' });
    }
  });

  it('declines a document the pack does not hold, naming the nearest ones, never with a topic', () => {
    for (const q of [
      'Quy định 105-QĐ/TW về phân cấp quản lý cán bộ là gì',
      'nghi quyet 18-nq/tw ve sap xep bo may',
      'What does Directive 21 say about congresses?',
      // Kinds the pack holds none of.
      'Nghị định 30/2020/NĐ-CP về công tác văn thư',
      'Công văn số 123-CV/QU về đại hội',
      'Thông tư 01/2024 của Bộ Nội vụ',
      // A one-digit number with another issuer's code: a commune committee's guidance.
      'Hướng dẫn 7-HD/ĐU của đảng ủy xã về đại hội chi bộ nói gì?',
      'theo 3-kh/du cua dang uy phuong thi chi bo chuan bi gi',
    ]) {
      const { parts, text } = reply(q);
      expect(
        parts.map((p) => p.kind),
        q,
      ).toEqual(['unknown-document']);
      expect(text, q).toMatch(/không có trong nguồn của bot|not in the bot's sources/);
    }
    expect(reply('Quy định 105-QĐ/TW là gì').text).toContain('Quy định số 89-QĐ/TW');
  });

  it('declines a law by its name (the pack holds none), but reads "kỷ luật" and "pháp luật" as words', () => {
    expectDeclined([
      ['Luật Tổ chức chính quyền địa phương 2025 quy định gì?', 'Luật Tổ chức chính quyền địa phương 2025'],
      ['Theo Bộ luật Lao động 2019 thì đảng viên nghỉ phép thế nào?', 'Bộ luật Lao động 2019'],
      ['What does the Law on Cadres and Civil Servants say?', 'Law on Cadres and Civil Servants'],
      ['Luật số 72/2025/QH15 về chính quyền địa phương có gì mới?', 'Luật số 72/2025/QH15 về chính quyền'],
    ]);
    for (const q of [
      'Kỷ luật Đảng trước đại hội thế nào?',
      'Đảng viên chấp hành pháp luật Nhà nước ra sao?',
    ]) {
      expect(
        reply(q).parts.some((p) => p.kind === 'unknown-document'),
        q,
      ).toBe(false);
    }
  });

  it('declines a resolution named by its plenum (the pack names none so), unless its number is given', () => {
    expectDeclined([
      ['Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng là gì?', 'Nghị quyết Trung ương 4 khóa XII'],
      ['nghi quyet hoi nghi trung uong 8 noi gi', 'Nghị quyết Trung ương 8'],
      ['NQ TW 7 về cán bộ là gì?', 'Nghị quyết Trung ương 7'],
    ]);
    expect(reply('What did the 4th plenum resolution say?').parts.map((p) => p.kind)).toEqual([
      'unknown-document',
    ]);
    const numbered = reply('Nghị quyết 26-NQ/TW của Hội nghị Trung ương 7 khóa XII là gì?').parts;
    expect(numbered[0]).toEqual({ kind: 'document', id: 'nq-26-2018' });
  });

  it('reads "nói" and "giờ" (now) after a number as words, not as counts ("nội dung", hours)', () => {
    for (const d of pack.documents.filter((x) => !x.lookalike)) {
      const [numeral = '', rest = ''] = d.number.split('-');
      const [vi, plain] = KIND_WORDS[rest.split('/')[0] ?? ''] ?? ['', ''];
      const qs = [`${vi} ${numeral} nói gì vậy`, `${plain} ${numeral} noi ve viec gi`];
      if (Number(numeral) > 24) qs.push(`${vi} ${numeral} giờ còn áp dụng không`);
      for (const q of qs) expect(reply(q).parts[0], q).toEqual({ kind: 'document', id: d.id });
    }
  });

  it('does not read counts as documents: "quy định 5 năm", "hướng dẫn 4 nội dung"', () => {
    expect(reply('Điều lệ quy định 5 năm đại hội chi bộ mấy lần').parts[0]).toEqual({
      kind: 'topic',
      topic: 'chi-bo-5-nam',
    });
    expect(reply('hướng dẫn 4 nội dung của đại hội chi bộ').parts[0]).toEqual({
      kind: 'topic',
      topic: 'noi-dung',
    });
  });

  it('does not read a number of copies, votes or delegates as a document: "200 copies", "200 đại biểu"', () => {
    const cards = (q: string) => reply(q).parts.filter((p) => p.kind === 'document');
    expect(cards('How much does it cost to print 200 copies of the congress documents?')).toEqual([]);
    expect(cards('Đại hội đảng bộ có 200 đại biểu thì chia mấy tổ thảo luận?')).toEqual([]);
    expect(cards('Hoa tặng đại biểu dự đại hội giá 200 nghìn có được không?')).toEqual([]);
    // A number the pack holds, asked as a document, is still one.
    expect(reply('Kết luận 200 nói gì?').parts[0]).toMatchObject({ kind: 'document', id: 'kl-200-2025' });
  });

  it('does not read a room, a house or a bus route numbered like a document as one: "Phòng 258", "room 203"', () => {
    expect(reply('Phòng 258 nhà A của bệnh viện ở tầng mấy?').parts).toEqual([]);
    expect(reply('Where is room 203 of the ward office?').parts).toEqual([]);
    expect(reply('Xe buýt tuyến 258 chạy mấy giờ?').parts).toEqual([]);
    expect(reply('Văn bản 258 nói gì?').parts[0]).toMatchObject({ kind: 'document', id: 'kh-258-2024' });
  });
});

describe('off-topic words are evidence, not a veto', () => {
  it('answers an in-scope question for every phrase of the old off-topic list', () => {
    const questions = OFF_WORD_QUESTIONS.map(([q]) => ` ${fold(q).replace(/[^a-z0-9]+/g, ' ')} `);
    const missing = [...pack.offTopic, ...pack.evidence.organisations].filter(
      (p) =>
        !questions.some((q) =>
          q.includes(
            ` ${fold(p)
              .replace(/[^a-z0-9]+/g, ' ')
              .trim()} `,
          ),
        ),
    );
    expect(missing).toEqual([]);
    const wrong = OFF_WORD_QUESTIONS.filter(([q, topic]) => {
      // A part said to be not covered is no answer: the first part that answers is the answer.
      const first = responder.respond(q).parts.find((p) => p.kind !== 'not-covered');
      return !(first?.kind === 'topic' && first.topic === topic);
    }).map(([q, topic]) => `${q} -> ${JSON.stringify(responder.respond(q).parts)} (want ${topic})`);
    expect(wrong).toEqual([]);
  });

  it('still refuses other organisations’ congresses, place names alone and other senses of "đại hội"', () => {
    for (const q of [
      'Đại hội Hội Phụ nữ nhiệm kỳ mới bầu ban chấp hành thế nào',
      'đại hội công đoàn phường nhiệm kỳ 2025-2030 có mấy nội dung',
      'dai hoi chi doan thanh nien truong',
      'quận Hai Bà Trưng',
      'UBND phường Hai Bà Trưng ở đâu',
      'hạn nộp báo cáo thuế quý 4',
      'đại hội thể dục thể thao quận',
      'đại hội thể thao toàn quốc lần thứ 10',
      'đại hội đại biểu Mặt trận Tổ quốc phường tổ chức khi nào',
      'đại hội Hội Luật gia',
      'bầu cử đại biểu Quốc hội 2026 khi nào',
    ]) {
      expect(responder.respond(q).parts, q).toEqual([]);
    }
  });
});

describe('two-part questions', () => {
  it('answers both parts in order, each with its source, the second announced', () => {
    const { parts, text } = reply('Báo cáo kiểm điểm viết thế nào và đại hội điểm tổ chức khi nào?');
    expect(parts).toEqual([
      { kind: 'topic', topic: 'van-kien' },
      { kind: 'topic', topic: 'dai-hoi-diem' },
    ]);
    expect(text.indexOf('Hai báo cáo trình đại hội')).toBeLessThan(text.indexOf('Phần thứ hai của câu hỏi:'));
    expect(text.indexOf('Phần thứ hai của câu hỏi:')).toBeLessThan(
      text.indexOf('Kế hoạch tổ chức đại hội điểm'),
    );
    expect(text.match(/Nguồn:/g)).toHaveLength(2);
  });

  it('answers an English two-part question in both parts', () => {
    const { parts } = reply(
      'what does the congress elect, and when was the 14th national congress held?',
      'en',
    );
    expect(parts.map((p) => (p.kind === 'topic' ? p.topic : p.kind))).toEqual(['noi-dung', 'dai-hoi-xiv']);
  });

  it('keeps a one-topic question with "và" in one part', () => {
    expect(reply('Báo cáo chính trị và báo cáo kiểm điểm khác nhau thế nào').parts).toEqual([
      { kind: 'topic', topic: 'van-kien' },
    ]);
  });
});

describe('counts and abbreviations', () => {
  it('reads a one-digit count before an abbreviation as a count, not as a document the pack lacks', () => {
    // "4 nd" is four contents (nội dung), not Decree 4-NĐ; "vb" is văn bản.
    expect(reply('đh gồm 4 nd nào vậy').parts).toEqual([{ kind: 'topic', topic: 'noi-dung' }]);
    expect(reply('cho xin ds vb làm căn cứ đh').parts).toEqual([{ kind: 'topic', topic: 'tai-lieu' }]);
    // A one-digit number the pack does not hold, after its kind, is still "not in the sources".
    expect(reply('Chỉ thị 7 về đại hội').parts[0]?.kind).toBe('unknown-document');
    expect(reply('qd 5 la gi').parts[0]?.kind).toBe('unknown-document');
  });
});

describe('two parts joined by "kèm theo", and the pack words for opening and working groups', () => {
  it('answers both parts of a question joined by "kèm theo"', () => {
    expect(reply('Gửi mình bốn nội dung của đại hội, kèm theo các văn bản bot dùng').parts).toEqual([
      { kind: 'topic', topic: 'noi-dung' },
      { kind: 'topic', topic: 'tai-lieu' },
    ]);
  });

  it('knows the 14th Congress opening and closing, and the working groups of the preparation', () => {
    expect(reply('Đại hội XIV khai mạc ngày nào?').parts).toEqual([{ kind: 'topic', topic: 'dai-hoi-xiv' }]);
    expect(reply('Các tổ giúp việc đại hội gồm những tổ nào?').parts).toEqual([
      { kind: 'topic', topic: 'chuan-bi' },
    ]);
  });
});

describe('English words of the pack', () => {
  it("answers from the pack's English vocabulary: the directive's parts, amendments", () => {
    expect(
      reply('Into how many parts is the Politburo directive of 2024 on congresses split?').parts[0],
    ).toEqual({
      kind: 'topic',
      topic: 'chi-thi-35',
    });
    expect(reply('What amendments were made to the rules after the conference?').parts).toEqual([
      { kind: 'topic', topic: 'thay-doi' },
    ]);
  });
});

/** The topics of a reply, and the kind of each part that is no topic. */
const topics = (q: string) => reply(q).parts.map((p) => (p.kind === 'topic' ? p.topic : p.kind));

describe('congresses named by number', () => {
  it("answers with a congress's own topic however its number is typed", () => {
    for (const q of [
      'dh 14 dien ra o dau vay',
      'ĐH XIV họp mấy ngày',
      'đại hội 14 tổ chức ở đâu, mấy ngày',
      'Where did the 14th Congress meet?',
    ])
      expect(topics(q), q).toEqual(['dai-hoi-xiv']);
    for (const q of ['ĐH XXVII của quận nhiệm kỳ nào', 'đại hội 27 của đảng bộ quận họp ngày nào'])
      expect(topics(q), q).toEqual(['dai-hoi-quan']);
  });

  it('keeps the topic of what a congress only qualifies, and refuses a congress the pack has no topic for', () => {
    expect(topics('Chi bộ góp ý dự thảo văn kiện Đại hội XIV thế nào?')).toEqual(['noi-dung']);
    expect(topics('đại hội chi bộ 5 năm mấy lần')).toEqual(['chi-bo-5-nam']);
    for (const q of ['Đại hội XIII của Đảng diễn ra ở đâu', 'the 13th Congress: where was it held?'])
      expect(topics(q), q).toEqual([]);
  });
});

describe('"bao giờ" asks "when" as "khi nào" does', () => {
  it('reads "từ bao giờ" as the question word, not as evidence of the timeline', () => {
    expect(topics('Bỏ cấp quận từ bao giờ vậy?')).toEqual(['chinh-quyen-2-cap']);
    expect(topics('Đại hội điểm làm từ bao giờ?')).toEqual(['dai-hoi-diem']);
    // The timeline still answers when it is what is asked, "từ bao giờ" included.
    for (const q of [
      'Chi bộ trực thuộc phải đại hội xong trước bao giờ?',
      'Chi bộ trực thuộc được đại hội từ bao giờ?',
      'đảng bộ cơ sở đại hội từ bao giờ tới bao giờ',
      'Chi bộ được tổ chức đại hội từ khi nào?',
    ])
      expect(topics(q), q).toEqual(['lich-trinh']);
  });

  it('answers both parts when the first asks "từ bao giờ" of another topic', () => {
    expect(topics('Bỏ cấp quận từ bao giờ, và các đại hội nhiệm kỳ 2025-2030 đã kết thúc hết chưa?')).toEqual(
      ['chinh-quyen-2-cap', 'ket-qua'],
    );
  });
});
