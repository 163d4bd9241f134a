import { describe, expect, it } from 'vitest';
import { DEFAULT_CAMPAIGN } from '../../src/config.js';
import { loadI18n } from '../../src/i18n/index.js';
import { type AnswerContext, composeAnswer, suggestions, topicById } from '../../src/knowledge/answer.js';
import { loadPack, type Topic } from '../../src/knowledge/pack.js';
import { scrub } from '../../src/knowledge/unanswered.js';
import { LOCALES_DIR } from '../../src/paths.js';

const pack = loadPack(DEFAULT_CAMPAIGN);
const i18n = loadI18n(LOCALES_DIR);
const ctx = (lang: 'vi' | 'en', today: string, unit?: AnswerContext['unit']): AnswerContext => ({
  lang,
  t: (id, args) => i18n.t(lang, id, args),
  today,
  unit,
});
const topic = (id: string) => topicById(pack, id) as Topic;

describe('answers', () => {
  it('name what they were read from, the documents they rest on apart, and that 35-CT/TW was replaced', () => {
    const { text } = composeAnswer(pack, topic('noi-dung'), ctx('vi', '2026-03-02'));
    expect(text).toContain('Nguồn: bài về Hội nghị quán triệt của Quận ủy Hai Bà Trưng ngày 23/10/2024');
    expect(text).toContain('Văn bản liên quan: Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị');
    expect(text).toContain(
      'Lưu ý: Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị đã được thay thế bởi Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị từ ngày 14/04/2025.',
    );
    // the answer comes first, the source after it
    expect(text.indexOf('Bầu Ban Chấp hành')).toBeLessThan(text.indexOf('Nguồn:'));
  });

  it('never name an issuer for Regulation 294-QĐ/TW, which the sources do not confirm', () => {
    const doc = pack.documents.find((d) => d.id === 'qd-294-2025');
    expect(doc?.issuer.vi).toContain('chưa xác nhận');
    expect(doc?.issuer.en).toContain('not confirmed');
    for (const t of pack.topics) {
      for (const lang of ['vi', 'en'] as const) {
        const { text } = composeAnswer(pack, t, ctx(lang, '2026-03-02'));
        for (const line of text.split('\n').filter((l) => l.includes('294-QĐ/TW'))) {
          expect(line, `${t.id} ${lang}`).not.toMatch(
            /294-QĐ\/TW[^;.]*(Bộ Chính trị|Politburo|Ban Bí thư|Secretariat)/,
          );
        }
      }
    }
  });

  it('show passed windows as passed, with the days since', () => {
    const { text } = composeAnswer(pack, topic('lich-trinh'), ctx('vi', '2026-03-02'));
    expect(text).toContain('(01/01/2025 - 31/03/2025): đã qua, kết thúc cách đây 336 ngày');
    expect(text).not.toContain('còn');
  });

  it('count days left inside a window, 0 on the last day', () => {
    expect(composeAnswer(pack, topic('lich-trinh'), ctx('vi', '2025-06-20')).text).toContain(
      '(01/04/2025 - 29/06/2025): đang diễn ra, còn 9 ngày',
    );
    expect(composeAnswer(pack, topic('lich-trinh'), ctx('en', '2025-06-29')).text).toContain(
      'today is the last day',
    );
  });

  it('put the asking unit and its own window first', () => {
    const unit = { type: 'chi-bo-truc-thuoc', pilot: true, name: 'Chi bộ 3' };
    const { text } = composeAnswer(pack, topic('lich-trinh'), ctx('vi', '2024-11-20', unit));
    expect(
      text.startsWith('Đơn vị của đồng chí: Chi bộ 3 (chi bộ trực thuộc đảng ủy cơ sở, đại hội điểm).'),
    ).toBe(true);
    expect(text).toContain('Đại hội điểm của chi bộ trực thuộc');
    expect(text).toContain('còn 11 ngày nữa mới bắt đầu');
  });

  it('mark an approximate window as approximate', () => {
    const { text } = composeAnswer(pack, topic('dai-hoi-diem'), ctx('en', '2026-01-01'));
    expect(text).toContain('approximate');
  });

  it('list every document with its status as of the pack date, never "in force"', () => {
    const { text } = composeAnswer(pack, topic('tai-lieu'), ctx('vi', '2026-03-02'));
    for (const d of pack.documents.filter((x) => !x.lookalike)) expect(text).toContain(d.cite.vi);
    expect(text).toContain(
      'Quy định số 89-QĐ/TW ngày 04/8/2017 của Bộ Chính trị: tiêu chuẩn cán bộ. Đã được thay thế bởi Quy định số 365-QĐ/TW ngày 30/8/2025 của Bộ Chính trị từ ngày 30/08/2025.',
    );
    expect(text).toContain(
      'Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị: đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Không có thay đổi nào sau đó được ghi nhận trong nguồn của bot (tính đến ngày 01/12/2026).',
    );
    expect(text).not.toMatch(/còn hiệu lực/i);
    const en = composeAnswer(pack, topic('tai-lieu'), ctx('en', '2026-03-02')).text;
    expect(en).toContain(
      "Regulation 365-QĐ/TW of the Politburo, 30 August 2025: standards for cadre positions. No later change recorded in the bot's sources as of 01/12/2026.",
    );
    expect(en).not.toMatch(/in force\./i);
  });

  it('never cite a Politburo directive for the district timetable, and say the campaign is over', () => {
    const { text } = composeAnswer(pack, topic('lich-trinh'), ctx('vi', '2026-03-02'));
    const docs = text.split('\n').find((l) => l.startsWith('Văn bản liên quan:')) ?? '';
    expect(docs).toContain('Kế hoạch số 203-KH/QU');
    expect(docs).not.toContain('Chỉ thị');
    expect(text).toContain('Kết luận số 200-KL/TW ngày 17/10/2025');
    for (const w of pack.windows) expect(w.documents).toEqual(['kh-203-2024']);
  });

  it('mark the issuer of Conclusion 118-KL/TW as unconfirmed, as for 294-QĐ/TW', () => {
    const doc = pack.documents.find((d) => d.id === 'kl-118-2025');
    expect(doc?.issuer.vi).toContain('chưa xác nhận');
    expect(doc?.cite.vi).not.toContain('Bộ Chính trị');
  });

  it('do not state the unconfirmed guidance 27-HD/BTCTW as certain, nor mix in Directive 35 of 2019', () => {
    const { text } = composeAnswer(pack, topic('chi-thi-35'), ctx('vi', '2026-03-02'));
    expect(text).toContain('chưa được xác nhận');
    expect(text).toContain('không dùng quy định của chỉ thị đó');
  });

  it('say the same facts in English', () => {
    const { text, related } = composeAnswer(pack, topic('van-kien'), ctx('en', '2026-03-02'));
    expect(text).toContain('political report');
    expect(text).toContain('Documents: Directive 35-CT/TW of the Politburo, 14 June 2024');
    expect(related.map((r) => r.title)).toContain('The four contents of a congress');
  });

  it('suggest three topics even when nothing matched', () => {
    expect(suggestions(pack, [], 'vi')).toHaveLength(3);
    expect(suggestions(pack, [{ topic: 'nhan-su' }], 'vi')[0]?.id).toBe('nhan-su');
  });

  it('every topic of the pack composes in both languages without missing messages', () => {
    const errors: string[] = [];
    const strict = loadI18n(LOCALES_DIR, (m) => errors.push(m));
    for (const t of pack.topics) {
      for (const lang of ['vi', 'en'] as const) {
        composeAnswer(pack, t, { lang, t: (id, a) => strict.t(lang, id, a), today: '2026-03-02' });
      }
    }
    expect(errors).toEqual([]);
  });
});

describe('unanswered questions', () => {
  it('keep no usernames or phone numbers', () => {
    expect(scrub('@nguyenvana hỏi: gọi 0912 345 678 nhé')).toBe('@… hỏi: gọi … nhé');
  });
});
