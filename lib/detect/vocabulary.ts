/**
 * The words of diplomatic calls and of the things that look like them. Plain data: the rules
 * that read these tables are in ./call-phrases.ts and ./detect.ts. Phrases are matched word by
 * word, ignoring case and tone placement; hyphens count as spaces.
 */

export type CallCue = 'phone' | 'video' | 'contact';

export interface CallPhrase {
  phrase: string;
  cue: CallCue;
  /** How sure the phrase alone makes us that a call is meant (0–1). "điện đàm" is a call;
   *  "cuộc gọi" might be a scam or a phone plan; "liên lạc" is a call only when being arranged. */
  strength: number;
  /** Words that, right before the phrase, make it something else ("kêu gọi cho" is an appeal). */
  notAfter?: readonly string[];
  /** Words that, right after the phrase, make it something else ("cuộc gọi vốn" is fundraising, "gọi là" is naming). */
  notBefore?: readonly string[];
  /** A conversation that is a phone call when the article's opening speaks of one ("đã nói chuyện với … hôm 12/4"
   *  beside "trong cuộc trò chuyện qua điện thoại"), and a call being arranged otherwise. */
  phoneInContext?: boolean;
  /** A phrase that says nothing of a call without another call phrase in the opening: the gate, which lets a page through
   *  on that other phrase anyway, does not look for it. */
  onlyInContext?: boolean;
}

/** Who a conversation just had is with when it is no call: the press, an envoy. */
const JUST_TALKED_NOT_WITH: readonly string[] = ['báo chí', 'phóng viên', 'các phóng viên', 'đại sứ', 'ngài đại sứ', 'cử tri', 'người dân'];

/** Whom a leader speaks to who is no other side of a call: the press, the public, his own lawmakers or troops. */
const NOT_TO_AN_AUDIENCE: readonly string[] = [...JUST_TALKED_NOT_WITH, 'báo giới', 'các nhà báo', 'truyền thông', 'hãng tin', 'đài', 'kênh', 'quốc hội', 'các nghị sĩ', 'các nhà lập pháp', 'binh sĩ', 'các binh sĩ', 'khán giả', 'đám đông', 'người ủng hộ', 'những người ủng hộ'];

export const CALL_PHRASES: readonly CallPhrase[] = [
  { phrase: 'điện đàm', cue: 'phone', strength: 1 },
  // Its slips of the keyboard that get past an editor: one tone or one letter off, never another word.
  { phrase: 'điệm đàm', cue: 'phone', strength: 1 },
  { phrase: 'điên đàm', cue: 'phone', strength: 1 },
  { phrase: 'điện đám', cue: 'phone', strength: 1 },
  { phrase: 'đàm thoại', cue: 'phone', strength: 0.8 },
  { phrase: 'gọi điện', cue: 'phone', strength: 0.8, notAfter: ['kêu'] },
  { phrase: 'gọi điện thoại', cue: 'phone', strength: 0.8 },
  { phrase: 'cuộc điện thoại', cue: 'phone', strength: 0.8 },
  { phrase: 'cuộc gọi điện thoại', cue: 'phone', strength: 0.8 },
  { phrase: 'qua điện thoại', cue: 'phone', strength: 0.8 },
  // The conversation and its medium as one phrase, so that the verb heads it: "Trao đổi qua điện thoại với …, Tổng Bí thư …"
  // frames the sentence as "Điện đàm với …, …" does.
  { phrase: 'trao đổi qua điện thoại', cue: 'phone', strength: 0.8 },
  { phrase: 'nói chuyện qua điện thoại', cue: 'phone', strength: 0.8 },
  { phrase: 'trò chuyện qua điện thoại', cue: 'phone', strength: 0.8 },
  { phrase: 'thảo luận qua điện thoại', cue: 'phone', strength: 0.8 },
  { phrase: 'trao đổi điện thoại', cue: 'phone', strength: 0.8 },
  { phrase: 'nói chuyện điện thoại', cue: 'phone', strength: 0.8 },
  { phrase: 'trò chuyện điện thoại', cue: 'phone', strength: 0.8 },
  { phrase: 'qua đường dây nóng', cue: 'phone', strength: 0.8 },
  { phrase: 'bằng đường dây nóng', cue: 'phone', strength: 0.8 },
  { phrase: 'điện thoại cho', cue: 'phone', strength: 0.7 },
  // "điện cho" as a verb of calling, as overseas papers write it ("ông … đã điện cho vị tương nhiệm Malaysia"): only right
  // after "đã" or "vừa", where it cannot be electricity sold or cut ("bán điện cho", "cắt điện cho") or a telegram sent
  // ("gửi điện cho").
  { phrase: 'đã điện cho', cue: 'phone', strength: 0.7 },
  { phrase: 'vừa điện cho', cue: 'phone', strength: 0.7 },
  { phrase: 'gọi cho', cue: 'phone', strength: 0.6, notAfter: ['kêu', 'lời', 'được'] },
  { phrase: 'cuộc gọi', cue: 'phone', strength: 0.6, notBefore: ['vốn', 'thầu', 'nhập ngũ'] },
  { phrase: 'lần gọi', cue: 'phone', strength: 0.6, notBefore: ['vốn', 'thầu'] },
  { phrase: 'cuộc gọi video', cue: 'video', strength: 0.8 },
  { phrase: 'gọi video', cue: 'video', strength: 0.8 },
  // Not "duy trì liên lạc chặt chẽ" (keeping in close touch, a statement's stock phrase).
  { phrase: 'liên lạc', cue: 'contact', strength: 0.4, notAfter: ['mất', 'cơ quan', 'sĩ quan', 'văn phòng', 'đường dây', 'kênh'], notBefore: ['viên', 'chặt chẽ', 'thường xuyên', 'mật thiết'] },
  { phrase: 'nói chuyện với', cue: 'contact', strength: 0.4, phoneInContext: true },
  { phrase: 'trò chuyện với', cue: 'contact', strength: 0.4, phoneInContext: true },
  // "Tổng thống Nga … nói với ông Joe Biden rằng …" over "… ông Putin đã phát biểu qua điện thoại": what one
  // leader said to another, in an opening that speaks of a phone call, was said on it. Not to the press or the public.
  { phrase: 'nói với', cue: 'contact', strength: 0.4, phoneInContext: true, onlyInContext: true, notBefore: NOT_TO_AN_AUDIENCE },
  // …and an exchange a leader says he has had ("… cho biết ông đã trao đổi với Thủ tướng … và Thủ tướng …" above "… cho biết
  // cuộc điện đàm rất hữu ích"), on the same terms.
  { phrase: 'đã trao đổi với', cue: 'contact', strength: 0.4, phoneInContext: true, onlyInContext: true, notBefore: NOT_TO_AN_AUDIENCE },
  // A conversation a leader has just had with another ("Tôi vừa nói chuyện với Tổng thống …", "… vừa có cuộc trao đổi
  // với Thủ tướng …"), told as news in his own post or a statement: the press writes a meeting in person as one
  // ("hội đàm", "gặp", "tiếp"), not as a conversation just had. Not with the press, nor with an envoy received at home.
  ...['vừa nói chuyện với', 'vừa trò chuyện với', 'vừa trao đổi với', 'vừa có cuộc nói chuyện với', 'vừa có cuộc trò chuyện với', 'vừa có cuộc trao đổi với'].map(
    (phrase): CallPhrase => ({ phrase, cue: 'phone', strength: 0.8, notBefore: JUST_TALKED_NOT_WITH }),
  ),
  { phrase: 'cú điện thoại', cue: 'phone', strength: 0.8 },
  { phrase: 'cuộc trò chuyện điện thoại', cue: 'phone', strength: 0.8 },
  { phrase: 'điện thoại với', cue: 'phone', strength: 0.7 },
  { phrase: 'tương tác ảo', cue: 'video', strength: 0.8 },
  // A video conference by the older name ("hội nghị truyền hình": a conference over a television link), whose second
  // word is no online marker on its own.
  { phrase: 'hội nghị truyền hình', cue: 'video', strength: 1 },
  { phrase: 'họp truyền hình', cue: 'video', strength: 1 },
  // A "virtual" meeting, as the press translates it: "thượng đỉnh ảo", "hội nghị ảo", "cuộc họp ảo", "chụp ảnh nhóm ảo".
  { phrase: 'thượng đỉnh ảo', cue: 'video', strength: 0.8 },
  { phrase: 'hội nghị ảo', cue: 'video', strength: 0.8 },
  { phrase: 'cuộc họp ảo', cue: 'video', strength: 0.8 },
  { phrase: 'họp ảo', cue: 'video', strength: 0.8 },
  // Attending a meeting online, the marker before the meeting's name: "Đoàn Việt Nam dự trực tuyến Hội nghị các Bộ trưởng …",
  // "Thủ tướng dự trực tuyến Hội nghị Cấp cao …", "… đồng chủ trì trực tuyến phiên họp …".
  { phrase: 'tham dự trực tuyến', cue: 'video', strength: 1 },
  { phrase: 'dự trực tuyến', cue: 'video', strength: 1 },
  { phrase: 'tham gia trực tuyến', cue: 'video', strength: 0.8 },
  { phrase: 'chủ trì trực tuyến', cue: 'video', strength: 1 },
  // (A speech given online is no meeting: "trong phát biểu trực tuyến suốt 3 giờ", "bài phát biểu trực tuyến".)
  { phrase: 'phát biểu trực tuyến', cue: 'video', strength: 0.8, notAfter: ['trong', 'bài', 'buổi', 'một', 'lời', 'qua'] },
  // Hanging up on someone is the end of a call: "nạt nộ rồi cúp điện thoại trước thủ tướng …".
  { phrase: 'cúp điện thoại', cue: 'phone', strength: 0.7 },
  { phrase: 'cúp máy', cue: 'phone', strength: 0.6 },
  { phrase: 'dập máy', cue: 'phone', strength: 0.6 },
];

/**
 * A meeting word followed (within ONLINE_WINDOW words) by an online marker is a video call:
 * "hội đàm trực tuyến", "cuộc họp thượng đỉnh trực tuyến", "gặp qua cầu truyền hình".
 */
export const MEETING_WORDS: readonly string[] = [
  'hội đàm', 'điện đàm', 'họp', 'cuộc họp', 'gặp', 'cuộc gặp', 'gặp gỡ', 'hội nghị', 'thượng đỉnh', 'hội kiến',
  'trao đổi', 'tiếp xúc', 'thảo luận', 'đối thoại', 'tiếp', 'làm việc', 'gặp mặt', 'nói chuyện', 'trò chuyện',
  'đàm phán', 'vòng đàm phán', 'kết nối', 'tham vấn',
  // Two parties' delegations at a seminar of theirs: "Hội thảo lý luận lần thứ 17 giữa Đảng Cộng sản Trung Quốc và Đảng
  // Cộng sản Việt Nam đã được tổ chức theo hình thức trực tuyến" (an academic webinar has no two countries' officials).
  'hội thảo',
  // A ceremony the two sides hold together from their capitals: "đã ký trực tuyến Bản ghi nhớ …", "Lễ ký kết diễn ra
  // theo hình thức trực tuyến", "cùng bấm nút khởi công … bằng hình thức trực tuyến", "ký trước sự chứng kiến trực tuyến".
  'ký', 'ký kết', 'lễ ký', 'lễ ký kết', 'chứng kiến', 'khởi công', 'lễ khởi công', 'khánh thành', 'lễ khánh thành',
];
/** Longer words that start with a meeting word and name no meeting between sides: a press conference held online is
 *  no call ("Trong một cuộc họp báo trực tuyến, ông … cho biết …"). */
export const NOT_MEETING_COMPOUNDS: readonly string[] = ['họp báo', 'cuộc họp báo', 'buổi họp báo'];
/** Words whose last syllable is a meeting word, and no meeting: "phát biểu trực tiếp hoặc trực tuyến" (in person or online)
 *  is no "tiếp" (a reception) held online. */
export const NOT_MEETING_ENDINGS: readonly string[] = ['trực tiếp', 'gián tiếp', 'kế tiếp', 'liên tiếp', 'chuyển tiếp', 'nối tiếp'];
/** Words after a meeting's name that say it is held in person: a headline's "hội nghị cấp cao trực tiếp với …" is not the
 *  online summit a later paragraph recalls. */
export const IN_PERSON_MARKERS: readonly string[] = ['trực tiếp', 'gặp mặt trực tiếp', 'hình thức trực tiếp'];
export const ONLINE_MARKERS: readonly string[] = [
  'trực tuyến', 'qua video', 'bằng video', 'qua cầu truyền hình', 'cầu truyền hình', 'qua truyền hình', 'video call',
  'qua mạng', 'hình thức trực tuyến', 'theo hình thức trực tuyến', 'hội nghị truyền hình', 'online',
  'hình thức ảo', 'qua liên kết video', 'liên kết video', 'hình thức video', 'qua hình thức video', 'theo hình thức video',
  // The ends of a meeting in the countries' capitals ("… tại đầu cầu các quốc gia", "điểm cầu các nước"); a domestic bridge
  // conference's are the provinces' ("điểm cầu các tỉnh").
  'điểm cầu các nước', 'đầu cầu các nước', 'điểm cầu các quốc gia', 'đầu cầu các quốc gia', 'điểm cầu mỗi quốc gia', 'đầu cầu mỗi quốc gia',
];
export const ONLINE_WINDOW = 15;
/** How far a meeting's subject may run before "được tổ chức theo hình thức trực tuyến" (a long name of the meeting). */
export const HELD_ONLINE_WINDOW = 36;
/** What says a meeting is held by the marker after it ("được tổ chức theo hình thức trực tuyến", "sẽ diễn ra ngày 24/8
 *  theo hình thức trực tuyến"): a verb of holding at most HELD_BY_GAP words before the marker. */
export const HELD_BY_WORDS: readonly string[] = ['tổ chức', 'diễn ra', 'tiến hành'];
export const HELD_BY_GAP = 5;
/** Offices that open a second office of one party after a comma ("Chủ tịch Đảng CPP, Chủ tịch Thượng viện Campuchia …"): the
 *  comma is inside the party's title chain, not the end of the call's clause. */
export const APPOSITION_OFFICES: readonly string[] = [
  'Tổng thống', 'Phó Tổng thống', 'Chủ tịch', 'Phó Chủ tịch', 'Thủ tướng', 'Phó Thủ tướng', 'Tổng Bí thư', 'Bí thư', 'Bộ trưởng',
  'Ngoại trưởng', 'Quốc vương', 'Nhà vua', 'Tổng Thư ký', 'Trưởng ban', 'Thống đốc', 'Thủ hiến',
];
/** Events besides meetings that a later sentence may say were held online: "Chương trình được tổ chức bằng hình thức trực tuyến". */
export const REFERRED_EVENT_WORDS: readonly string[] = ['chương trình', 'sự kiện', 'lễ khai mạc', 'phiên khai mạc', 'phiên họp'];
/**
 * A sentence that says the meeting just named is held online, the meeting by its common noun: "Hội nghị được tổ chức
 * theo hình thức trực tuyến", "Đây là lần đầu tiên Hội nghị được tổ chức bằng hình thức trực tuyến", "Cuộc họp diễn ra
 * qua cầu truyền hình". Group 1 is the noun.
 */
export const HELD_ONLINE_BY_REFERENCE =
  /^(?:[^,]{0,40},\s*)?(?:đây\s+là\s+lần\s+(?:đầu\s+tiên|thứ\s+\S+)\s+)?(hội\s+nghị|cuộc\s+họp|phiên\s+họp|chương\s+trình|sự\s+kiện|cuộc\s+hội\s+đàm|hội\s+đàm|cuộc\s+gặp(?:\s+gỡ)?|thượng\s+đỉnh|cuộc\s+gặp\s+mặt)(?:\s+(?:này|lần\s+này|năm\s+nay))?\s+(?:(?:sẽ|đã|cũng)\s+)?(?:được\s+)?(?:tổ\s+chức|diễn\s+ra|tiến\s+hành)\s+(?:theo|bằng|dưới|qua)\s+(?:hình\s+thức\s+(?:trực\s+tuyến|ảo)|cầu\s+truyền\s+hình|video|mạng)(?![\p{L}])/iu;

/**
 * A sentence whose people attend the event just named, held online: "Lãnh đạo cấp cao 10 nước thành viên ASEAN, Tổng
 * Thư ký ASEAN, … dự sự kiện được tổ chức theo hình thức trực tuyến". The noun is bare (no name follows before the verb
 * of holding): it refers to the meeting of the sentence before. Group 1 is the noun.
 */
export const ATTENDED_ONLINE_BY_REFERENCE =
  /(?<![\p{L}])(?:tham\s+dự|dự|tham\s+gia)\s+(hội\s+nghị|cuộc\s+họp|phiên\s+họp|sự\s+kiện|lễ\s+khai\s+mạc|phiên\s+khai\s+mạc)(?:\s+(?:này|lần\s+này))?\s+(?:(?:đã|cũng)\s+)?(?:được\s+)?(?:tổ\s+chức|diễn\s+ra|tiến\s+hành)\s+(?:theo|bằng|dưới|qua)\s+(?:hình\s+thức\s+(?:trực\s+tuyến|ảo)|cầu\s+truyền\s+hình)(?![\p{L}])/iu;

/** Words before a call phrase that make it a call being arranged, wished for or announced. */
export const PLANNED_BEFORE: readonly string[] = [
  'sẽ', 'dự kiến', 'sắp', 'chuẩn bị', 'lên kế hoạch', 'có kế hoạch', 'kế hoạch', 'tính', 'dự định', 'định',
  'muốn', 'mong muốn', 'sẵn sàng', 'đề nghị', 'đề xuất', 'thu xếp', 'sắp xếp', 'bố trí', 'không loại trừ', 'có thể',
  'khả năng', 'hy vọng', 'hi vọng', 'tìm cách', 'thiết lập', 'thiết lập lại', 'nối lại', 'khôi phục', 'kêu gọi', 'yêu cầu',
  'chờ đợi', 'trông đợi', 'hẹn', 'đang bàn', 'để ngỏ', 'mở đường cho', 'tiến tới',
  // "Pháp - Đức thúc đẩy họp trực tuyến …": a meeting pushed for is still to come.
  'thúc đẩy', 'xúc tiến',
];
/** Words that hold a syllable of PLANNED_BEFORE and mean something else: "khẳng định" is no "định" (intend), "mang
 *  tính" no "tính" (plan), "theo đề nghị của …" tells who asked for a call that took place. */
export const NOT_PLANNED_COMPOUNDS: readonly string[] = [
  'khẳng định', 'quyết định', 'xác định', 'nhất định', 'ổn định', 'nghị định', 'quy định', 'chỉ định', 'ấn định', 'thẩm định',
  'giám định', 'cố định', 'phủ định', 'kiên định', 'bình định', 'hiệp định', 'định hướng', 'định kỳ',
  'mang tính', 'có tính', 'máy tính', 'đặc tính', 'tính chất', 'tính năng', 'tính mạng', 'tính đến', 'tính từ',
  'theo đề nghị', 'theo yêu cầu', 'theo lời kêu gọi',
];
/** Words inside an online meeting's span that put it in the future: "Hội nghị … sẽ diễn ra … theo hình thức trực tuyến". */
export const PLANNED_INSIDE_MEETING: readonly string[] = ['sẽ', 'dự kiến', 'sắp'];
/** Words after a call phrase that put it in the future: "cuộc điện đàm sắp tới", "trong những tuần tới". */
export const PLANNED_AFTER: readonly string[] = [
  'sắp tới', 'dự kiến', 'tới đây', 'sắp diễn ra', 'sẽ diễn ra', 'tiềm năng', 'trong những ngày tới', 'trong những tuần tới',
  'trong tuần tới', 'vào tuần tới', 'tuần tới', 'vào tuần sau', 'trong tuần sau', 'ngày mai', 'trong thời gian tới', 'sớm', 'càng sớm càng tốt',
  'tháng tới', 'vào tháng tới', 'trong tháng tới', 'tháng sau', 'vào tháng sau',
  // "cuộc điện đàm giữa hai ông … đang được chuẩn bị vào thứ Ba", "… được lên kế hoạch vào thứ Ba".
  'được lên kế hoạch', 'đang được chuẩn bị', 'được chuẩn bị', 'được lên lịch', 'đang được thu xếp', 'được thu xếp',
];
/** Words right before the phrase that say it did not happen: "không điện đàm", "chưa có kế hoạch điện đàm". */
export const NEGATION_BEFORE: readonly string[] = [
  'không', 'chưa', 'chẳng', 'từ chối', 'bác bỏ', 'phủ nhận', 'không có kế hoạch', 'chưa có kế hoạch', 'không có', 'chưa có',
  'không hề', 'chưa từng', 'chưa bao giờ', 'không định', 'bác bỏ thông tin', 'phủ nhận thông tin', 'tin đồn', 'không đúng sự thật', 'bác tin', 'bác thông tin', 'phủ nhận tin', 'không có chuyện',
  'bác tính xác thực', 'bác bỏ tính xác thực', 'nghi ngờ tính xác thực', 'bác tin đồn', 'hư cấu', 'bịa đặt',
  // A call a leader missed: "bị nhỡ cuộc điện thoại của …", "bỏ lỡ cuộc gọi".
  'nhỡ', 'bị nhỡ', 'lỡ', 'bị lỡ', 'bỏ lỡ', 'bỏ nhỡ',
];
/** Words after a call phrase, in its sentence, that say it did not get through: "cuộc điện thoại không thành",
 *  "đã cố gọi … nhưng không thành công", "chưa nhận được hồi âm". */
export const FAILED_AFTER: readonly string[] = [
  'không thành', 'bất thành', 'không thành công', 'thất bại', 'không được đáp lại', 'không được trả lời', 'không ai nghe máy',
  'không nhận được hồi âm', 'chưa nhận được hồi âm', 'chưa nhận được phản hồi', 'không nhận được phản hồi', 'chỉ là sự im lặng',
  'bị từ chối', 'không bắt máy', 'không nghe máy',
  // "… cuộc điện đàm đã được lên lịch vào ngày 4/2 giữa … đã bị hủy".
  'bị hủy', 'bị hủy bỏ', 'bị hoãn', 'bị hoãn lại',
];
export const FAILED_WINDOW = 20;
/** How far before/after a call phrase the markers above are looked for (in words). */
export const PLANNED_WINDOW_BEFORE = 6;
export const PLANNED_WINDOW_AFTER = 8;
export const NEGATION_WINDOW = 8;
/** "Hiện chưa có dấu hiệu gì về việc hai bên sẽ có cuộc điện đàm …": there being no sign of a call denies it from further
 *  back, across the clause that says what the sign would show (NO_SIGN_WINDOW words). */
export const NO_SIGN_BEFORE: readonly string[] = [
  'không có tín hiệu', 'chưa có tín hiệu', 'không có dấu hiệu', 'chưa có dấu hiệu', 'không có thông tin', 'chưa có thông tin',
  'không có kế hoạch', 'chưa có kế hoạch',
];
export const NO_SIGN_WINDOW = 16;

/**
 * Words that point to an earlier call when they come anywhere before a call phrase in its
 * sentence: "Trước đó, ngày 28 và 31/1, … đã có các cuộc điện đàm", "Lần gần nhất … điện đàm".
 */
export const EARLIER_BEFORE: readonly string[] = [
  'trước đó', 'trước đây', 'lần trước', 'năm ngoái', 'năm trước', 'tháng trước', 'tuần trước', 'gần nhất',
  'gần đây nhất', 'lần gần nhất', 'đã từng', 'hồi tháng', 'hồi năm', 'hồi đó',
  // A month or a year back, not this week's start or end ("hồi đầu tuần", "hồi cuối tuần" are the news's own days).
  'hồi đầu tháng', 'hồi đầu năm', 'hồi cuối tháng', 'hồi cuối năm', 'hồi giữa tháng', 'hồi giữa năm',
  'hồi ngày', 'lần gọi thứ', 'cách đây',
  // What an earlier call brought: "đánh giá cao kết quả tốt đẹp của cuộc điện đàm với …", "triển khai nhận thức chung đạt được tại cuộc điện đàm".
  'kết quả của', 'kết quả tốt đẹp của', 'kết quả cuộc', 'nhận thức chung', 'thỏa thuận đạt được', 'thoả thuận đạt được', 'triển khai kết quả',
  'thực hiện kết quả', 'kết quả điện đàm', 'kết quả hội đàm',
  // What something grew out of came before it: "việc tăng thuế bắt nguồn từ cuộc điện thoại với …".
  'bắt nguồn từ',
];
/** Words right before a call phrase that make it an earlier call only when a date follows it:
 *  "sau cuộc điện đàm hôm 4/4", "kể từ cuộc gặp trực tuyến hôm 15/11" (but "Sau cuộc điện đàm, …"
 *  is the call itself). */
export const EARLIER_JUST_BEFORE: readonly string[] = ['sau', 'kể từ', 'kể từ sau', 'tiếp theo', 'tiếp nối', 'nối tiếp', 'từng', 'trước'];
/** Words right after a call phrase that make it an earlier call: "cuộc điện đàm đầu tiên hôm 28/1". */
export const EARLIER_AFTER: readonly string[] = ['đầu tiên hôm', 'đầu tiên vào', 'đầu tiên ngày', 'đầu tiên diễn ra', 'đầu tiên được tiến hành', 'trước đó diễn ra', 'trước đó', 'năm ngoái', 'năm trước', 'tháng trước', 'tuần trước', 'hồi tháng', 'hồi năm', 'hồi đầu tháng', 'hồi đầu năm', 'gần đây'];
/** How many words around a call phrase EARLIER_JUST_BEFORE / EARLIER_AFTER and the date are looked for. */
export const EARLIER_NEAR_WINDOW = 3;

/** Words that report a call that took place (rather than one being arranged). */
export const COMPLETED_MARKERS: readonly string[] = [
  'đã', 'vừa', 'vừa qua', 'hôm qua', 'tối qua', 'đã có', 'đã tiến hành', 'tại cuộc điện đàm', 'trong cuộc điện đàm',
  'trong cuộc gọi', 'tại cuộc gọi', 'kết thúc',
  // What came after the call: "sau cuộc điện đàm với ông … hôm 25/11, bà … cho biết …".
  'sau cuộc', 'sau khi', 'sau các cuộc',
];

/** Near misses; 'denied' is a call the headline says did not or will not happen. */
export type NegativeClass = 'telegram' | 'in-person' | 'scam' | 'domestic-online' | 'telecom' | 'sports' | 'hotline' | 'denied';

/** Phrases of articles that look like call news but are not, by class. Of the in-person ones,
 *  the meeting words (not the visit words) may stand for an online meeting: see IN_PERSON_MEETING_WORDS. */
export const NEGATIVE_PHRASES: Readonly<Record<Exclude<NegativeClass, 'denied'>, readonly string[]>> = {
  telegram: [
    'điện mừng', 'điện chúc mừng', 'điện chia buồn', 'điện thăm hỏi', 'gửi điện', 'thư chúc mừng', 'thư chia buồn',
    'điện cảm ơn', 'thư cảm ơn', 'điện văn', 'lẵng hoa chúc mừng', 'gửi thư', 'điện và thư', 'thư mừng', 'điện mừng và',
    'điện thăm hỏi và', 'thư thăm hỏi', 'thông điệp chúc mừng', 'thư mời', 'bức thư', 'lá thư',
  ],
  'in-person': [
    'hội đàm', 'hội kiến', 'chuyến thăm', 'thăm chính thức', 'thăm cấp nhà nước', 'thăm làm việc', 'lễ đón', 'đón chính thức',
    'tiếp xã giao', 'tiếp đại sứ', 'tiếp bộ trưởng', 'gặp bên lề', 'bên lề hội nghị', 'hội nghị thượng đỉnh', 'gặp gỡ', 'gặp mặt',
    'trình quốc thư', 'đến thăm', 'sang thăm', 'lễ ký', 'thăm việt nam', 'đã tiếp', 'tiếp thân mật', 'chào xã giao',
    'cuộc gặp', 'gặp trực tiếp', 'gặp nhau', 'hội nghị', 'diễn đàn', 'họp báo', 'phát biểu',
  ],
  scam: [
    'giả danh', 'mạo danh', 'lừa đảo', 'chiếm đoạt', 'cuộc gọi lừa đảo', 'cuộc gọi rác', 'số điện thoại lạ', 'tin nhắn rác',
    'kẻ gian', 'sim rác', 'deepfake', 'bị lừa', 'nạn nhân', 'cảnh giác', 'thủ đoạn', 'chuyển tiền', 'tài khoản ngân hàng',
    // Pranksters and impostors who phone leaders.
    'chơi khăm', 'danh hài', 'giả giọng', 'đóng giả', 'giả làm', 'tự nhận là', 'mạo nhận', 'kẻ mạo danh', 'trò đùa', 'chơi xỏ',
  ],
  'domestic-online': [
    'với các tỉnh', 'các địa phương', 'điểm cầu', 'toàn quốc', 'tỉnh, thành phố', 'tỉnh, thành', 'các bộ, ngành', 'bộ, ngành',
    'ubnd', 'cấp xã', 'cấp huyện', 'cấp tỉnh', 'tỉnh ủy', 'tỉnh uỷ', 'thành ủy', 'thành uỷ', 'ban chỉ đạo', 'các cấp', 'sở, ngành',
  ],
  // A line being set up between leaders or armies is news of the line, not of a call on it.
  hotline: ['đường dây nóng', 'đường dây liên lạc', 'đường dây điện thoại trực tiếp', 'kênh liên lạc', 'thông đường dây', 'đường dây trực tiếp'],
  sports: [
    'đội tuyển', 'huấn luyện viên', 'hlv', 'cầu thủ', 'vô địch', 'bóng đá', 'giải đấu', 'chung kết', 'trận đấu', 'asean cup',
    'aff cup', 'sea games', 'huy chương', 'world cup', 'olympic', 'vận động viên', 'thể thao',
  ],
  telecom: [
    'nhà mạng', 'iphone', 'điện thoại thông minh', 'smartphone', 'volte', 'gói cước', 'thuê bao', 'sim', '5g', '4g', '2g', 'zalo',
    'viettel', 'vinaphone', 'mobifone', 'ứng dụng', 'tính năng', 'facetime', 'cuộc gọi thoại', 'điện thoại di động', 'samsung',
    'apple', 'android', 'messenger', 'whatsapp', 'tổng đài', 'cước', 'nhà cung cấp dịch vụ', 'viễn thông', 'hệ điều hành', 'người dùng',
    // Phone-tapping stories: leaders' calls listened to, not held.
    'nghe lén', 'nghe trộm', 'bị nghe lén', 'nghe lén điện thoại', 'theo dõi điện thoại', 'do thám điện thoại',
    // …or recorded and leaked: the leak is the news.
    'bản ghi âm', 'đoạn ghi âm', 'ghi âm cuộc', 'bị rò rỉ', 'rò rỉ cuộc', 'rò rỉ nội dung', 'rò rỉ bản ghi',
  ],
};

/** Second syllables that make "tiếp" (to receive a guest) another word: "tiếp tục" (go on), "tiếp nhận", "tiếp cận". */
export const RECEIVE_COMPOUND_TAILS: readonly string[] = ['tục', 'nhận', 'cận', 'theo', 'diễn', 'thu', 'sức', 'giáp', 'tuyến', 'nối', 'tay', 'thị', 'đó', 'liền'];

/** Words before an in-person phrase (anywhere before it in the headline) that put the meeting in the future:
 *  "Mỹ mời Tổng Bí thư … sang thăm", "Tổng thống Trump sẽ gặp … tại Hội nghị cấp cao APEC". A headline about
 *  such a meeting may sum up a call the opening reports; so may one a side proposes or hopes for ("… đề nghị sớm tổ
 *  chức chuyến thăm …"). */
export const FUTURE_MEETING_BEFORE: readonly string[] = [
  'sẽ', 'mời', 'lời mời', 'nhận lời', 'dự kiến', 'sắp', 'chuẩn bị', 'kế hoạch', 'hẹn', 'đề nghị', 'mong', 'hy vọng', 'hi vọng',
  // …or one the two agreed on, or the talks lead to: "hai tổng thống đã thống nhất được địa điểm cho cuộc gặp thượng đỉnh
  // tiếp theo", "vòng đàm phán … cần mở đường cho một cuộc gặp giữa lãnh đạo các nước".
  'thống nhất', 'nhất trí', 'mở đường', 'tiến tới', 'hướng tới', 'thu xếp',
];

/** One end of a meeting held across capitals: "Tại điểm cầu Hà Nội, có sự tham dự của …", "… từ đầu cầu trực tuyến tại Hà
 *  Nội". */
export const BRIDGE_END = /(?<![\p{L}])(?:điểm|đầu)\s+cầu(?![\p{L}])/iu;

/**
 * Verbs of saying, in the groups the rules read them by (one table, so that a verb the press uses is learnt once):
 * - announcing: an office, an outlet or an official makes news known ("Điện Kremlin cho biết …", "TTXVN đưa tin …");
 * - speaking: a person's own remarks ("ông … nói", "… viết trên mạng xã hội");
 * - expressing: what a speaker shares or voices, often a participle of the sentence's subject after the call's counterpart
 *   ("… điện đàm với người đồng cấp Mỹ …, chia sẻ ý kiến về …"), so never a sign that the one before it only reports;
 * - commenting: a speaker's view or stress, no news of its own ("nhấn mạnh", "cho rằng", "bình luận").
 */
export const SAYING_VERBS = {
  announcing: ['cho biết', 'cho hay', 'thông báo', 'xác nhận', 'công bố', 'tuyên bố', 'đưa tin', 'loan tin', 'tiết lộ'],
  speaking: ['nói', 'viết', 'khẳng định'],
  expressing: ['bày tỏ', 'chia sẻ'],
  commenting: ['thông tin', 'nhấn mạnh', 'phát biểu', 'trả lời', 'nêu rõ', 'bình luận', 'cho rằng', 'nhận định'],
} as const satisfies Record<string, readonly string[]>;
/** Verbs of saying as an expression's alternation, each a whole word, any run of spaces inside: `(?<!\p{L})(?:cho\s+biết|…)(?!\p{L})`. */
export const sayingVerbs = (words: readonly string[]) => String.raw`(?<![\p{L}])(?:${words.map((w) => w.replace(/ /g, String.raw`\s+`)).join('|')})(?![\p{L}])`;

/** In-person phrases that are remarks to the press, which a headline may put after the call they report on
 *  ("Phát biểu sau cuộc điện đàm với …"). */
export const REMARKS_WORDS: readonly string[] = ['phát biểu', 'họp báo'];

/** In-person phrases that only name a meeting, which an online opening sentence can turn into a video call. */
export const IN_PERSON_MEETING_WORDS: readonly string[] = ['hội đàm', 'hội kiến', 'hội nghị thượng đỉnh', 'hội nghị', 'cuộc gặp', 'gặp gỡ', 'gặp mặt', 'diễn đàn', 'phát biểu', 'họp báo'];

/**
 * Words that make a person a diplomatic party in the cheap gate (before the gazetteer is
 * consulted): titles of leaders and ministers, and generic "leader" words.
 */
export const LEADER_WORDS: readonly string[] = [
  'tổng thống', 'thủ tướng', 'chủ tịch', 'tổng bí thư', 'ngoại trưởng', 'bộ trưởng', 'quốc vương', 'nhà vua', 'nữ hoàng',
  'thái tử', 'tổng thư ký', 'lãnh đạo', 'nguyên thủ', 'người đồng cấp', 'nhà trắng', 'điện kremlin', 'kremlin', 'giáo hoàng',
  'tiểu vương', 'hoàng đế', 'thủ hiến', 'cố vấn an ninh', 'đặc phái viên',
];

/** The host's own work for a meeting to come, as a headline's news: "Thủ tướng kiểm tra công tác chuẩn bị Hội nghị Cấp cao
 *  ASEAN 36". The meeting, online or not, is not the story. */
export const HOST_PREPARATION_WORDS: readonly string[] = ['kiểm tra công tác chuẩn bị', 'kiểm tra công tác tổ chức', 'kiểm tra công tác hậu cần'];

/** Time words after a call that lead to another event, or from one call to another: "… diễn ra một ngày sau khi …",
 *  "… trước khi …", "… kể từ …", "… sau cuộc trò chuyện với …", "…, sau hai lần bị hoãn". Not "sau đó" (then): "… hội
 *  đàm qua video với Thủ tướng …, sau đó trao đổi trực tuyến với Chủ tịch …" is one meeting. */
export const OTHER_EVENT_TIME = /(?<![\p{L}])(?:(?:sau|trước)\s+(?:khi|(?:các\s+|những\s+)?cuộc|(?:\d+|hai|ba|nhiều)\s+lần)|kể\s+từ(?:\s+khi)?)(?![\p{L}])/iu;
/** An agency's dateline at the head of a lead, before its first words: "Kiev, 31/8 (TTXVN) - ", "Seoul, 12/3 (Yonhap) – ". */
export const AGENCY_DATELINE = String.raw`(?:\p{Lu}[^,()]{0,30},\s*\d{1,2}\s*\/\s*\d{1,2}\s*\([^()]{2,25}\)\s*[-–—]\s*)`;
/** The noun before a call phrase that a frame puts it in: "trong cuộc điện đàm", "trong buổi điện đàm", "trong một cuộc
 *  điện đàm", "trong các cuộc điện đàm" (optional: "tại điện đàm" is written too). */
export const CALL_NOUN = String.raw`(?:(?:một|các|những|hai)\s+)?(?:(?:cuộc|buổi)\s+)?`;
/** A conversation noun between that noun and a call phrase that names only the medium: "trong cuộc trao đổi qua điện
 *  thoại", "trong cuộc nói chuyện qua video". */
export const CONVERSATION_NOUN = String.raw`(?:(?:trao\s+đổi|nói\s+chuyện|thảo\s+luận|đối\s+thoại|tiếp\s+xúc)\s+)?`;
/** An agency's dateline without a day, at a sentence's head: "WASHINGTON (Sputnik) – ", "MOSKVA - ". */
export const BARE_DATELINE = String.raw`(?:[\p{L}.]+(?:\s+[\p{Lu}.]+)?(?:\s+\([^()]{2,25}\))?\s+[-–—]\s+)`;
/** The source a sentence is told by, at its head, before a clause of the call: "Theo phóng viên TTXVN tại Lima, ",
 *  "Thông cáo của phía Bắc Kinh cho biết, ", "Văn phòng Tổng thống cho hay trong cuộc điện đàm …" (the comma is often left out). */
export const SOURCE_LEAD = String.raw`(?:theo\s+[^,]{1,80},\s*|[^,]{1,80}?\s(?:cho\s+hay|cho\s+biết|đưa\s+tin|thông\s+báo|nêu\s+rõ)(?:\s+rằng)?(?:,\s*|\s+))`;
/** What may stand at a sentence's head before a call frame ("trong cuộc điện đàm …"): an agency's dateline, the source
 *  (once or twice: "Theo phóng viên TTXVN tại Brasilia, văn phòng Tổng thống Brazil cho biết …"), or one or two short phrases of
 *  time or place ("Hôm qua, 11/09/2022, "). */
export const FRAME_LEAD = String.raw`(?:${AGENCY_DATELINE}|${SOURCE_LEAD}{1,2}|(?:[^,]{0,40},\s*){1,2})?`;

const PARTICIPLE_HEAD = new RegExp(String.raw`^${FRAME_LEAD}$`, 'iu');
const PARTICIPLE_OBJECT = /^\s*(?:với|cho)\s/iu;
/** The call as a participle at its sentence's head, its other side after "với" or "cho": "Điện đàm với Tổng thống …, Tổng
 *  Bí thư … khẳng định …", "Chiều 3/5, hội đàm trực tuyến với …, Thủ tướng … đề nghị …". The sentence's subject, after the
 *  clause's comma, is the call's other side. */
export const participleFrame = (text: string, hit: { start: number; end: number }) => PARTICIPLE_HEAD.test(text.slice(0, hit.start)) && PARTICIPLE_OBJECT.test(text.slice(hit.end));
