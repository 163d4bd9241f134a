import { describe, expect, it } from 'vitest';
import { DEFAULT_CAMPAIGN } from '../../src/config.js';
import { loadI18n } from '../../src/i18n/index.js';
import { composeReply } from '../../src/knowledge/cards.js';
import { loadPack } from '../../src/knowledge/pack.js';
import { Responder } from '../../src/knowledge/respond.js';
import { LOCALES_DIR } from '../../src/paths.js';

/**
 * The responder over the shipped pack: two-part questions whose halves name documents, a context
 * sentence that asks nothing, unit types read as who asks, and "đại hội" in other senses.
 */
const pack = loadPack(DEFAULT_CAMPAIGN);
const responder = new Responder(pack);
const i18n = loadI18n(LOCALES_DIR);
const reply = (q: string, lang: 'vi' | 'en' = 'vi') => {
  const r = responder.respond(q);
  const c = { lang, t: (id: string, args?: Record<string, string | number>) => i18n.t(lang, id, args) };
  const text = composeReply(pack, r.parts, { ...c, today: '2026-03-02', namedType: r.unitType })?.text ?? '';
  const parts = r.parts.map((p) =>
    p.kind === 'topic' ? p.topic : p.kind === 'document' ? `doc:${p.id}` : p.kind,
  );
  return { parts, text };
};

describe('an organisation named before a comma', () => {
  it('does not hold what follows: only a congress is held', () => {
    const q =
      'Chi bộ mới kết nạp nhiều đoàn viên thanh niên, nhân sự cấp ủy khóa mới phải chọn theo tiêu chuẩn nào?';
    expect(reply(q).parts).toEqual(['nhan-su']);
  });
});

describe('words that ask nothing before the question', () => {
  it('answers what follows a colon or a sentence end when that part names whose congress it is', () => {
    expect(reply('Đang đi chợ nên hỏi nhanh: chi bộ trực thuộc đại hội xong trước ngày nào?').parts).toEqual([
      'lich-trinh',
    ]);
    expect(reply('Mới xem bóng đá xong. Đại hội XIV của Đảng họp mấy ngày?').parts).toEqual(['dai-hoi-xiv']);
  });

  it('answers what follows "cho hỏi", "muốn biết" when it names the subject: the words before rank no topic', () => {
    expect(
      reply(
        'Từ khi bỏ cấp quận, chính quyền hai cấp làm chúng tôi bận rộn, cho hỏi đại hội chi bộ gồm những nội dung gì?',
      ).parts,
    ).toEqual(['noi-dung']);
    expect(
      reply('Đọc tin về đại hội điểm thấy hay, cho hỏi đại hội chi bộ trực thuộc xong trước ngày nào?').parts,
    ).toEqual(['lich-trinh']);
  });

  it('keeps refusing when only the opening words say whose congress it is', () => {
    expect(reply('Tôi ở Hội Phụ nữ: đại hội khi nào?').parts).toEqual([]);
    expect(reply('Công ty tôi họp cổ đông: đại hội cần chuẩn bị gì?').parts).toEqual([]);
  });
});

describe('two questions joined by a bare comma', () => {
  it('answers both when each side asks with its own question word', () => {
    expect(reply('Tiêu chuẩn cấp ủy viên là gì, báo cáo kiểm điểm viết thế nào?').parts).toEqual([
      'nhan-su',
      'van-kien',
    ]);
    expect(reply('Đại hội XIV họp ngày nào, đại hội các cấp xong chưa?').parts).toEqual([
      'dai-hoi-xiv',
      'ket-qua',
    ]);
  });

  it('cuts at a plus sign between two questions, and reads "lm" as "làm"', () => {
    expect(reply('đại hội bầu những gì + đại hội điểm là gì').parts).toEqual(['noi-dung', 'dai-hoi-diem']);
    expect(reply('dai hoi diem lm o dau').parts).toEqual(['dai-hoi-diem']);
  });

  it('cuts at ", còn" before a half whose abbreviation spells out to as many words as it has', () => {
    // "bcct thì viết ntn" is four words, as "báo cáo chính trị" is: it is no mere name.
    expect(reply('đh cb có mấy nd, còn bcct thì viết ntn').parts).toEqual(['noi-dung', 'van-kien']);
  });

  it('answers which documents the bot rests on, however the question opens', () => {
    for (const q of [
      'bot nay tra loi dua tren nhung van ban nao vay, liet ke giup',
      'Before I quote you in a cable: which documents are your answers drawn from?',
      'As a historian I would like the list of documents your answers are based on.',
      'lowkey need the list of docs this bot runs on',
    ])
      expect(reply(q).parts, q).toEqual(['tai-lieu']);
    // Papers a business needs are no document of the bot's.
    expect(reply('What documents do I need to open a business in Vietnam?').parts).toEqual([]);
  });

  it('answers the congress asked about after a clause about admission', () => {
    expect(
      reply('Chi bộ có nhiều đoàn viên thanh niên mới kết nạp, đại hội chi bộ phải bầu những gì?').parts,
    ).toEqual(['noi-dung']);
    expect(
      reply(
        'Chi bộ HTX vừa đại hội xong, giờ muốn làm lễ kết nạp một thợ thêu trẻ vào Đảng thì chuẩn bị những gì?',
      ).parts,
    ).toEqual([]);
  });

  it('cuts at ", việc thứ hai là" after "việc thứ nhất là"', () => {
    expect(
      reply(
        'Tôi xin hỏi hai việc, việc thứ nhất là đại hội chi bộ nay bao lâu tổ chức một lần, việc thứ hai là Đại hội XIV của Đảng đã họp xong chưa, cảm ơn đồng chí.',
      ).parts,
    ).toEqual(['chi-bo-5-nam', 'dai-hoi-xiv']);
  });

  it('reads "ms" as "mới", "beforehand" as "before" and "prep" as "prepare" (the pack\'s synonyms)', () => {
    expect(reply('nhân sự BCH khóa ms chọn theo tiêu chuẩn QĐ nào').parts).toEqual(['nhan-su']);
    expect(reply('what stuff do they prep before a congress, like teams and whatnot?').parts).toEqual([
      'chuan-bi',
    ]);
    expect(
      reply(
        'What was the congress timetable for each kind of party unit, and what had to be prepared beforehand?',
      ).parts,
    ).toEqual(['lich-trinh', 'chuan-bi']);
  });

  it('does not cut between two organisations joined by "và"', () => {
    expect(
      reply('Bộ Chính trị và Ban Bí thư đánh giá đợt đại hội nhiệm kỳ 2025 - 2030 thế nào?').parts,
    ).toEqual(['ket-qua']);
  });

  it('does not cut at "vừa rồi" (recently) or "xong rồi"', () => {
    expect(
      reply('Cho tôi hỏi sau Đại hội vừa rồi thì đồng chí Tổng Bí thư tên là gì, bao nhiêu tuổi?').parts,
    ).toEqual([]);
  });

  it('reads chat shorthand for question words, and cuts at "rồi" and ", thứ hai"', () => {
    expect(reply('bcct gồm gì, nhân sự chọn ntn').parts).toEqual(['van-kien', 'nhan-su']);
    expect(reply('đh điểm tổ chức khi nào rồi kết quả đại hội các cấp ra sao').parts).toEqual([
      'dai-hoi-diem',
      'ket-qua',
    ]);
    expect(
      reply('Mình muốn hỏi 2 việc: thứ nhất đại hội có mấy nội dung, thứ hai bot dùng văn bản nào').parts,
    ).toEqual(['noi-dung', 'tai-lieu']);
  });

  it('keeps one question when the part after the comma asks nothing of its own', () => {
    expect(reply('Chi bộ trực thuộc đại hội khi nào, nếu chi bộ mới thành lập?').parts).toEqual([
      'lich-trinh',
    ]);
    // A first part about what the pack does not cover lends the second no subject.
    expect(reply('Điều lệ Đảng có mấy chương, mấy điều?').parts).toEqual([]);
  });
});

describe('a subject typed with a typo', () => {
  it('is named once repaired ("đại hôij" is "đại hội")', () => {
    expect(reply('đại hôij XIV của đảng tổ chức ngày nào').parts).toEqual(['dai-hoi-xiv']);
  });
});

describe('words before the question', () => {
  it('sets aside the words before the last comma when the whole finds no answer', () => {
    expect(reply('Mượn nhà văn hóa tổ dân phố làm hội trường, vậy đại hội phải bầu những gì?').parts).toEqual(
      ['noi-dung'],
    );
    expect(reply('Ở chợ người ta bảo quận không còn nữa, chính quyền giờ mấy cấp?').parts).toEqual([
      'chinh-quyen-2-cap',
    ]);
    // Words that name another organisation may make the congress theirs: it stays refused.
    expect(reply('Tôi ở Hội Phụ nữ, vậy đại hội khi nào?').parts).toEqual([]);
    // A question refused for what it names is answered from its last words only when they name
    // the subject themselves.
    expect(reply('Vợ chồng tôi cãi nhau, có nên báo cáo chi bộ không?').parts).toEqual([]);
    expect(
      reply('Công ty đang bận quyết toán thuế, mà đợt đại hội đảng các cấp đã xong hết chưa nhỉ?').parts,
    ).toEqual(['ket-qua']);
    // "bây giờ" is "now", not "bảy" (seven) of the seven requirements.
    expect(reply('bây giờ là mấy giờ rồi').parts).toEqual([]);
  });
});

describe('two-part questions with a part nothing answers', () => {
  it('answers the other part and names the one it cannot answer, in the question order', () => {
    const first = reply('Đại hội chi bộ có mấy nội dung, còn đảng phí mỗi tháng đóng bao nhiêu?');
    expect(first.parts).toEqual(['noi-dung', 'not-covered']);
    expect(first.text).toContain('Phần «đảng phí mỗi tháng đóng bao nhiêu?» của câu hỏi');
    const en = reply('Who is the ward party secretary now? When must our cell hold its congress?', 'en');
    expect(en.parts).toEqual(['not-covered', 'lich-trinh']);
    expect(en.text).toContain(
      'The part “Who is the ward party secretary now” of your question: the bot found no answer',
    );
  });

  it('answers no part that only follows up a part about what the pack does not cover', () => {
    // "bao giờ bắt đầu?" asks about the 2030-2035 congress, a term the pack never names.
    expect(reply('Đại hội nhiệm kỳ 2030 - 2035 sẽ theo chỉ thị nào, bao giờ bắt đầu?').parts).toEqual([]);
  });

  it('says nothing of a part that is no question of its own', () => {
    // "xe máy" is no "mấy", "đại hội xong" asks nothing.
    expect(
      reply('Chi bộ bến xe máy và ô tô của công ty vận tải phải đại hội xong trước ngày nào?').parts,
    ).toEqual(['lich-trinh']);
  });
});

describe('two-part questions with documents', () => {
  it('gives the card for a half that names a document and the topic for the other', () => {
    const { parts, text } = reply('Kế hoạch 203 ra ngày nào và đại hội điểm tổ chức khi nào');
    expect(parts[0]).toBe('doc:kh-203-2024');
    expect(parts).toContain('dai-hoi-diem');
    expect(text).toContain('Số: 203-KH/QU · Ngày ban hành: 29/07/2024');
    expect(text).toContain('Kế hoạch tổ chức đại hội điểm');
  });

  it('gives both cards when each half names its own document', () => {
    const { parts, text } = reply('QĐ 365 thay thế quy định nào, còn chỉ thị 45 ban hành ngày nào?');
    expect(parts.filter((p) => p.startsWith('doc:'))).toEqual(['doc:qd-365-2025', 'doc:ct-45-2025']);
    expect(text).toContain('Số: 365-QĐ/TW');
    expect(text).toContain('Số: 45-CT/TW');
  });

  it('reads "từ" after a number as a word, not as the issuer of the document', () => {
    expect(reply('CT 45 thay CT 35 từ khi nào').parts).toEqual([
      'doc:ct-45-2025',
      'doc:ct-35-2024',
      'thay-doi',
    ]);
  });

  it('declines a question naming a document the pack does not hold, even beside a known one', () => {
    expect(reply('Quy định 105 thay thế QĐ 89 phải không').parts).toEqual(['unknown-document']);
  });
});

describe('a first sentence that asks nothing is context', () => {
  it('answers the question, not the statement before it', () => {
    expect(reply('Chi bộ tôi là chi bộ trực thuộc. Khi nào phải đại hội xong?').parts).toEqual([
      'lich-trinh',
    ]);
    expect(reply('We are a grassroots cell in a school. When is our congress due?', 'en').parts).toEqual([
      'lich-trinh',
    ]);
  });
});

describe('a sentence after the question that asks nothing is context too', () => {
  it('answers the question alone, not the statement as a second part', () => {
    expect(
      reply('Which teams should a cell set up before its congress? We were told to start early.', 'en').parts,
    ).toEqual(['chuan-bi']);
    expect(reply('Đại hội chi bộ cần lập những tổ nào? Chúng tôi được giao làm sớm.').parts).toEqual([
      'chuan-bi',
    ]);
  });
});

describe('a half with one word of its own is not a question of its own', () => {
  it('keeps "chọn và giới thiệu" in one part when the rest of the first half only names the unit type', () => {
    expect(reply('Là đảng bộ cơ sở, chọn và giới thiệu nhân sự cấp ủy khóa mới thế nào?').parts).toEqual([
      'nhan-su',
    ]);
  });
});

describe('unit types are who asks', () => {
  it("finds the unit type around another organisation's name inside it", () => {
    const r = responder.respond('Chi bộ công ty may trực thuộc đảng ủy, đại hội có mấy nội dung?');
    expect(r.unitType).toBe('chi-bo-truc-thuoc');
    expect(r.parts).toEqual([{ kind: 'topic', topic: 'noi-dung' }]);
    expect(responder.respond('Chi bộ nông dân trực thuộc đảng ủy xã, đại hội khi nào?').unitType).toBe(
      'chi-bo-truc-thuoc',
    );
  });

  it('answers what is asked, not the timeline of the unit type named', () => {
    expect(reply('Là đảng bộ cơ sở, đại hội phải bầu những gì?').parts).toEqual(['noi-dung']);
    expect(reply('As a grassroots cell, what reports do we present to our congress?', 'en').parts).toEqual([
      'van-kien',
    ]);
    expect(reply('Là chi bộ trực thuộc, có được làm đại hội điểm không?').parts).toEqual(['dai-hoi-diem']);
  });

  it("starts a timeline answer with the named unit type's own window", () => {
    const { parts, text } = reply('CBTT đại hội khi nào?');
    expect(parts).toEqual(['lich-trinh']);
    expect(
      text.startsWith('Với chi bộ trực thuộc đảng ủy cơ sở:\n• Đại hội chi bộ trực thuộc đảng ủy cơ sở:'),
    ).toBe(true);
    const en = reply('When must a grassroots committee finish its congress?', 'en').text;
    expect(en.startsWith('For a grassroots party committee:\n')).toBe(true);
    expect(en.split('\n')[1]).toContain('completed before 30 June 2025');
  });
});

describe('congresses by their number', () => {
  it('refuses a congress the pack never numbers and answers the ones it does', () => {
    for (const q of [
      'When will the 15th National Congress be held?',
      'Đại hội Đảng Cộng sản Cuba lần thứ 8 họp ở đâu?',
      'Đại hội XV của Đảng bao giờ họp?',
    ]) {
      expect(reply(q).parts, q).toEqual([]);
    }
    expect(reply('Đại hội toàn quốc lần thứ 14 họp ngày nào?').parts).toEqual(['dai-hoi-xiv']);
    expect(reply('đại hội quận lần thứ xxvii là đại hội gì').parts).toEqual(['dai-hoi-quan']);
  });
});

describe('"đại hội" in another sense', () => {
  it('refuses a congress qualified by words the pack never uses, unless a party organisation is named', () => {
    for (const q of [
      'đại hội ca nhạc thiếu nhi tổ chức ở đâu',
      'đại hội võ thuật toàn quốc',
      // "võ" would be repaired to "có", "lâm" read as "làm": the phrase is kept as typed.
      'Đại hội võ lâm tổ chức ở đâu?',
      'The FIFA congress votes on what?',
    ]) {
      expect(reply(q).parts, q).toEqual([]);
    }
    expect(reply('Chi bộ câu lạc bộ võ thuật đại hội khi nào').parts).toEqual(['lich-trinh']);
    // A word the pack writes with another tone is a word of its language, not a qualifier
    // ("bàn", discuss, beside the pack's "ban").
    expect(reply('đại hội bàn những nội dung nào?').parts).toEqual(['noi-dung']);
  });

  it("refuses another organisation's congress even when a party word comes after it", () => {
    for (const q of [
      'đại hội chi đoàn thanh niên tổ dân phố em bầu bí thư chi đoàn thế nào',
      'đại hội chi hội phụ huynh lớp 5A họp hôm nào',
      'Liên đoàn Lao động quận đại hội, đảng viên có được dự không',
      'đại hội giảm giá cuối năm của siêu thị kéo dài mấy ngày',
      'đại hội ăn uống là gì, sao người ta hay nói vậy',
      // A youth-union secretary is no party organisation before the congress.
      'Bí thư chi đoàn khu phố hỏi đại hội Đoàn phường nhiệm kỳ tới làm vào tháng mấy',
    ]) {
      expect(reply(q).parts, q).toEqual([]);
    }
    // After "nhờ hỏi:", an association is who asks, and "đại hội Đảng" names the Party's congress.
    expect(
      reply('hội người cao tuổi nhờ hỏi: về đại hội đảng thì bot đang dựa vào những văn bản nào').parts,
    ).toEqual(['tai-lieu']);
    // Our congress named as such stays ours beside another ("… đại hội chi bộ …"), and the weather
    // or a dish before "đại hội" holds no congress.
    expect(
      reply('Công ty sắp họp đại hội đồng cổ đông, đại hội chi bộ công ty gồm mấy nội dung?').parts,
    ).toEqual(['noi-dung']);
    // Unless it only dates the other one ("sau đại hội đảng bộ").
    expect(
      reply(
        'Đại hội Hội Liên hiệp Phụ nữ phường nhiệm kỳ tới tổ chức khi nào, có phải ngay sau đại hội đảng bộ không?',
      ).parts,
    ).toEqual([]);
    // An association named by its capitals holds the congress, before or after "đại hội".
    for (const q of [
      'Hội Nghệ sĩ Sân khấu Việt Nam đại hội nhiệm kỳ mới vào tháng nào?',
      'Đại hội đại biểu Hội Thầy thuốc trẻ Việt Nam nhiệm kỳ mới diễn ra khi nào?',
      // An association named before "đại hội" holds it (evidence.organisations).
      'Hội chơi chim cảnh của phường sắp đại hội, cần chuẩn bị những văn kiện gì?',
    ])
      expect(reply(q).parts, q).toEqual([]);
    // Its congress named, words after it that name none of ours do not answer on their own.
    expect(
      reply(
        'Hội Sinh vật cảnh phường tôi sắp đại hội bầu chủ tịch hội, có cần chi bộ giới thiệu nhân sự không?',
      ).parts,
    ).toEqual([]);
    // Not after a party organisation: the cell is in the association.
    expect(reply('Chi bộ Hội Cựu chiến binh phường đại hội gồm mấy nội dung?').parts).toEqual(['noi-dung']);
    // Nor when it only measures the other ("như đại hội đảng").
    expect(
      reply('Hội Khuyến học phường đại hội có cần báo cáo chính trị như đại hội đảng không?').parts,
    ).toEqual([]);
    expect(reply('Trời mưa bão nhiều, đại hội chi bộ phải tổ chức theo những nguyên tắc nào?').parts).toEqual(
      ['nguyen-tac'],
    );
  });
});

describe('a clause after what the pack does not cover', () => {
  it('is not answered when it points back at it ("is that …", "có giống …")', () => {
    for (const q of [
      'The Iowa caucus, is that the same kind of thing as a đại hội chi bộ?',
      'Nhà thuốc đạt GPP bao lâu phải tái đánh giá một lần, có giống đại hội chi bộ 5 năm một lần không?',
    ])
      expect(reply(q).parts, q).toEqual([]);
  });

  it('is not answered when it follows up the matter ("nếu có thì vào ngày nào")', () => {
    expect(
      reply('Tổng Bí thư có về dự đại hội đảng bộ phường tôi không, nếu có thì vào ngày nào?').parts,
    ).toEqual([]);
  });
});

describe('a half that asks nothing beside one the pack does not cover', () => {
  it('answers neither: the statement led up to the question', () => {
    const responder = new Responder(pack);
    for (const q of [
      'Cấp huyện bỏ rồi thì giờ làm sổ đỏ ở đâu?',
      'Đại hội chi bộ của em làm xong rồi. Cho em hỏi tiệc liên hoan sau đại hội có được dùng tiền quỹ không?',
    ])
      expect(responder.respond(q).parts, q).toEqual([]);
    // Nor is a half that names no subject of its own, only a party word ("bao nhiêu đảng viên").
    expect(responder.respond('Phường mình có bao nhiêu chi bộ và bao nhiêu đảng viên?').parts).toEqual([]);
    // A half that asks is still answered beside it, the other named as not covered.
    const parts = responder.respond(
      'Kỷ luật đảng viên có mấy hình thức, và đại hội chi bộ xong trước ngày nào?',
    ).parts;
    expect(parts[0]).toMatchObject({ kind: 'not-covered' });
    expect(parts[1]).toEqual({ kind: 'topic', topic: 'lich-trinh' });
  });
});

describe('where a question is cut in two', () => {
  const responder = new Responder(pack);
  const topics = (q: string) =>
    responder.respond(q).parts.map((p) => (p.kind === 'topic' ? p.topic : p.kind));

  it('does not cut off a first clause before ";" that asks nothing ("mười mấy" is a number)', () => {
    expect(
      topics(
        'Đảng ủy chúng tôi là đảng bộ cơ sở, có mười mấy chi bộ trực thuộc; đảng ủy phải chỉ đạo đại hội điểm trong tháng nào?',
      ),
    ).toEqual(['dai-hoi-diem']);
  });

  it('cuts at ";" after a clause that only names a matter, not after one about the asker\'s own unit', () => {
    expect(topics('Tiêu chuẩn nhân sự cấp ủy khóa mới; ngoài ra nguyên tắc tổ chức đại hội là gì?')).toEqual([
      'nhan-su',
      'nguyen-tac',
    ]);
    expect(
      topics('Đảng bộ chúng tôi có mười mấy chi bộ trực thuộc; chi bộ trực thuộc đại hội tháng mấy?'),
    ).toEqual(['lich-trinh']);
  });

  it('cuts at "cũng như"', () => {
    expect(topics('Nguyên tắc tổ chức đại hội cũng như bốn nội dung đại hội là gì')).toEqual([
      'nguyen-tac',
      'noi-dung',
    ]);
  });

  it('cuts at "plus"', () => {
    expect(topics('The two reports to the congress, plus the four agenda items – list both please')).toEqual([
      'van-kien',
      'noi-dung',
    ]);
  });

  it('cuts at ", đồng thời"', () => {
    expect(
      topics('Cần chuẩn bị những gì cho đại hội, đồng thời cho biết lịch đại hội của chi bộ trực thuộc.'),
    ).toEqual(['chuan-bi', 'lich-trinh']);
  });

  it('answers two questions of their own that the pack answers well, even when the whole reads as a third topic', () => {
    expect(
      topics(
        'Đại hội XIV của Đảng họp vào thời gian nào, và đợt đại hội các cấp trước đó đã hoàn thành ra sao?',
      ),
    ).toEqual(['dai-hoi-xiv', 'ket-qua']);
    expect(
      topics('What must a cell congress cover, and what happened to the district committees in 2025?'),
    ).toEqual(['noi-dung', 'chinh-quyen-2-cap']);
  });

  it('cuts two questions apart without the instruction on the reply that follows them', () => {
    expect(
      topics('Đại hội XIV họp ngày nào? Đại hội các cấp trước đó kết quả thế nào? Trả lời cả hai.'),
    ).toEqual(['dai-hoi-xiv', 'ket-qua']);
  });

  it('cuts at ", với cả" (and also), not at "với cả" inside a clause', () => {
    expect(
      topics('Cho mình hỏi lịch đại hội của đảng bộ cơ sở, với cả các tổ giúp việc cần lập trước đại hội?'),
    ).toEqual(['lich-trinh', 'chuan-bi']);
    expect(topics('Đại hội chi bộ họp với cả đảng viên dự bị thì chuẩn bị những gì?')).toEqual(['chuan-bi']);
  });

  it('cuts after an introduction before a colon that names no subject', () => {
    expect(
      topics('mình là đv mới, hỏi 2 việc: đại hội chi bộ bầu những gì, với báo cáo chính trị viết thế nào'),
    ).toEqual(['noi-dung', 'van-kien']);
  });

  it('reads a request as asking: "cho tôi xin", "nhắc lại giúp"', () => {
    expect(topics('Nguyên tắc tổ chức đại hội là gì? Sau đó cho tôi xin danh sách các văn bản.')).toEqual([
      'nguyen-tac',
      'tai-lieu',
    ]);
    expect(
      topics('Báo cáo chính trị viết thế nào; nhắc lại giúp lịch đại hội của chi bộ trực thuộc'),
    ).toEqual(['van-kien', 'lich-trinh']);
  });
});

describe("a named thing's own topic", () => {
  const responder = new Responder(pack);
  const first = (q: string) => responder.respond(q).parts[0];
  it('answers "when" for a named thing (Topic.names) with its topic, not the timeline of unit types', () => {
    for (const q of ['Đại hội điểm làm vào tháng mấy?', 'When were the pilot congresses held?'])
      expect(first(q), q).toEqual({ kind: 'topic', topic: 'dai-hoi-diem' });
    expect(first('Chính quyền hai cấp chạy từ ngày nào?')).toEqual({
      kind: 'topic',
      topic: 'chinh-quyen-2-cap',
    });
    // Without a named thing, "when" is the timeline's.
    expect(first('Chi bộ trực thuộc đại hội tháng mấy?')).toEqual({ kind: 'topic', topic: 'lich-trinh' });
    // The same pack without the names: the timeline answers.
    const without = new Responder({ ...pack, topics: pack.topics.map((t) => ({ ...t, names: [] })) });
    expect(without.respond('Đại hội điểm làm vào tháng mấy?').parts[0]).toEqual({
      kind: 'topic',
      topic: 'lich-trinh',
    });
  });
});

describe('context before the part that asks', () => {
  it('reads a request after a colon ("cho xem …") as the question, the story before it as context', () => {
    expect(
      reply('Cháu đi học thêm nên chiều nay tôi rảnh: cho tôi xem danh sách văn bản về đại hội').parts,
    ).toEqual(['tai-lieu']);
  });

  it('takes "đại hội Đảng" in the part that asks as our congress, whatever organisation the words before name', () => {
    expect(
      reply('Đi ăn cưới với mấy bạn bên hội phụ nữ, các chị hỏi đại hội Đảng các cấp đã xong chưa').parts,
    ).toEqual(['ket-qua']);
    // Named by the association alone, the congress stays the association's.
    expect(reply('Tôi ở hội phụ nữ, các chị hỏi đại hội khi nào').parts).toEqual([]);
  });

  it('lets the part that asks decide whether it asks about other party business', () => {
    // The cell's meeting is the asker's afternoon; the question is about the new committee.
    expect(
      reply('Trưa nay họp chi bộ định kỳ, nhân tiện hỏi chọn người vào cấp ủy khóa mới theo tiêu chuẩn nào?')
        .parts,
    ).toEqual(['nhan-su']);
    // Asked after the story, the dues are what it asks about.
    expect(reply('Chi bộ em đại hội xong rồi. Giờ em muốn hỏi cách tính đảng phí.').parts).toEqual([]);
  });

  it('answers what the centre concluded about the congresses with their results, not the list of changes', () => {
    expect(reply('Cuối năm 2025 trung ương kết luận gì về đại hội các cấp?').parts[0]).toBe('ket-qua');
  });

  it("does not refuse for a count told in the story when a count of the pack's is asked after it", () => {
    expect(
      reply('Vừa bốc xong mấy thùng hàng, giờ mới nhớ ra: đại hội chi bộ có mấy nội dung?').parts,
    ).toEqual(['noi-dung']);
  });

  it('reads words before an emoji as the story, when the whole question finds no answer', () => {
    expect(reply('Tối nay mưa lạnh 🥶 ai chỉ giúp đại hội chi bộ phải bầu những gì').parts).toEqual([
      'noi-dung',
    ]);
  });

  it('reads words before a semicolon as the story, when the whole question finds no answer', () => {
    // A bus timetable is another thing's schedule: the whole is refused, the question after it is ours.
    expect(
      reply('Lịch chạy xe Tết đang rối tung; đại hội chi bộ trực thuộc phải xong trong tháng mấy nhỉ?').parts,
    ).toEqual(['lich-trinh']);
    expect(reply('Lịch chạy xe Tết đang rối tung; xe tuyến 32 chạy mấy giờ?').parts).toEqual([]);
  });

  it('refuses where to hire an interpreter for the congress (evidence.absent), whatever story comes first', () => {
    expect(
      reply(
        'Đảng viên cao tuổi người Mông không nghe rõ tiếng phổ thông, chi bộ thuê phiên dịch khi đại hội ở đâu?',
      ).parts,
    ).toEqual([]);
  });

  it('reads a message typed in capitals as if in lower case: its capitals are no abbreviations', () => {
    // "DU" typed alone is "đảng ủy"; in a message all in capitals it is "dự" typed without marks.
    expect(reply('DANG VIEN DU BI SAU 12 THANG THI XET CHUYEN CHINH THUC THE NAO').parts).toEqual([]);
    expect(reply('DAI HOI CHI BO BAU NHUNG GI VA BAO CAO CHINH TRI VIET THE NAO').parts).toEqual([
      'noi-dung',
      'van-kien',
    ]);
    expect(reply('DU họp đại hội chi bộ phải bầu những gì?').parts).toEqual(['noi-dung']);
  });

  it('reads "mấy" before people as "a few", not as a question of its own', () => {
    expect(
      reply('Uống trà với mấy đứa bạn cùng chi bộ, tụi nó hỏi đại hội chi bộ gồm những nội dung gì').parts,
    ).toEqual(['noi-dung']);
  });
});
