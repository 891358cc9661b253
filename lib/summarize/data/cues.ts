/**
 * Words the summary reads: agreements, initiators, ordinals, what marks a sentence as being
 * about the call's content, where a call clause ends. Plain data for ../*.ts.
 */
import { NUMBER_WORDS } from '../../text/number-words';

/** An agreement starts at one of these ("hai bên nhất trí …", "thống nhất …"). */
export const AGREEMENT_CUES: readonly string[] = [
  'nhất trí', 'thống nhất', 'đồng ý', 'đạt được thỏa thuận', 'đạt được thoả thuận', 'đạt thỏa thuận', 'đạt thoả thuận',
  'đạt được đồng thuận', 'đạt được nhất trí', 'cùng cam kết', 'nhất trí cao', 'đã thỏa thuận', 'đã thoả thuận',
];
/** Words right before a cue that make it a noun or a name, not an agreement: "việc thống nhất
 *  lập trường", "ngày thống nhất đất nước", "Mặt trận Tổ quốc … thống nhất hành động". */
export const AGREEMENT_NOT_AFTER: readonly string[] = [
  'việc', 'sự', 'chương trình', 'ngày', 'đất nước', 'nước', 'tổ quốc', 'mặt trận', 'tinh thần', 'khối', 'không', 'chưa',
  'tính', 'mức độ', 'cuộc', 'nhằm', 'để', 'sẽ cần',
];
/** Words right after a cue that make it something else: "thống nhất đất nước", "thống nhất hành động" (a programme). */
export const AGREEMENT_NOT_BEFORE: readonly string[] = ['đất nước', 'hai miền', 'non sông', 'toàn vẹn'];

/** Sentence subjects that show a sentence reports what the call's parties said or did. */
export const PARTY_SUBJECTS: readonly string[] = [
  'hai bên', 'hai nhà lãnh đạo', 'lãnh đạo hai nước', 'hai ông', 'hai bà', 'hai Bộ trưởng', 'hai Ngoại trưởng',
  'hai Thủ tướng', 'hai Tổng thống', 'hai nguyên thủ', 'hai nước', 'các nhà lãnh đạo', 'hai phía', '2 nhà lãnh đạo',
  '2 bên', '2 nước', 'hai người', 'hai vị',
];
/** Verbs of what was said at the call: a sentence with one of these is about the call's content. */
export const DISCUSSION_CUES: readonly string[] = [
  'thảo luận', 'trao đổi', 'bàn', 'bàn thảo', 'đề cập', 'nhấn mạnh', 'khẳng định', 'tái khẳng định', 'bày tỏ', 'kêu gọi',
  'cam kết', 'hoan nghênh', 'đánh giá', 'chia sẻ', 'thông báo', 'đồng ý', 'nhất trí', 'thống nhất', 'quan tâm',
  'về vấn đề', 'liên quan đến', 'tình hình', 'đề nghị', 'đề xuất', 'cảm ơn', 'chúc mừng', 'mời', 'ủng hộ', 'lo ngại',
  'nói về', 'xoay quanh', 'tập trung', 'nhận định', 'phân tích', 'thông tin', 'mong muốn',
];

/** Where the part of a sentence that names the call's parties ends after the call phrase:
 *  "điện đàm với Y | về …", "điện đàm với Y | nhằm …". */
export const CLAUSE_END_WORDS: readonly string[] = [
  'về', 'nhằm', 'để', 'nhân dịp', 'nhân', 'trong đó', 'sau khi', 'liên quan', 'bàn về', 'thảo luận', 'trao đổi về',
  'xung quanh', 'xoay quanh', 'cho biết', 'khẳng định', 'nhấn mạnh', 'nhất trí', 'thống nhất', 'đồng thời', 'trong bối cảnh',
  'giữa lúc', 'khi', 'vì', 'do', 'tập trung', 'theo đó', 'tại đó', 'trước thềm', 'bất chấp', 'sau', 'một ngày sau',
  'ngay sau', 'trước', 'kể từ',
];

/** Initiator cues: the person or side after the cue placed or sought the call. */
export const INITIATOR_AFTER_CUES: readonly string[] = [
  'theo đề nghị của', 'theo đề xuất của', 'theo yêu cầu của', 'theo lời mời của', 'theo sáng kiến của', 'do',
  'nhận cuộc gọi từ', 'nhận cuộc gọi của', 'nhận được cuộc gọi từ', 'nhận được cuộc gọi của', 'nhận điện thoại của',
  'nhận được điện thoại của', 'cuộc gọi từ', 'cuộc gọi của', 'cuộc điện thoại của', 'cuộc điện thoại từ',
];
/** Initiator cues: the person before the cue placed or sought the call ("Tổng thống Putin là người đã khởi xướng …"). */
export const INITIATOR_BEFORE_CUES: readonly string[] = [
  'là người khởi xướng', 'là người đã khởi xướng', 'là người chủ động', 'là người đề nghị', 'là người đề xuất',
  'là người gọi', 'là bên chủ động', 'là bên khởi xướng', 'đã khởi xướng', 'khởi xướng', 'chủ động gọi', 'chủ động điện đàm',
  'đề nghị điện đàm', 'đề xuất điện đàm', 'đề nghị cuộc điện đàm', 'đề xuất cuộc điện đàm', 'chủ động đề nghị',
];
/** "X gọi điện cho Y": X placed the call, if Y (named right after) is the other party. */
export const CALLER_CUES: readonly string[] = [
  'gọi điện cho', 'gọi điện thoại cho', 'gọi điện tới', 'gọi điện đến', 'gọi điện thoại tới', 'gọi cho', 'gọi tới',
  'điện thoại cho', 'gọi điện chúc mừng', 'gọi điện chia buồn', 'gọi điện thăm hỏi',
];
/** Words between a cue and a name that can be skipped: "theo đề nghị của phía Nga", "của ông Tập". */
export const BEFORE_NAME_WORDS: readonly string[] = ['phía', 'ông', 'bà', 'ngài', 'người đồng cấp'];
/** For a call being arranged: the person before one of these seeks it. */
export const PLANNING_VERBS: readonly string[] = [
  'tính', 'muốn', 'mong muốn', 'đang sắp xếp', 'sắp xếp', 'thu xếp', 'đề nghị', 'đề xuất', 'sẵn sàng', 'kêu gọi',
  'yêu cầu', 'dự định', 'lên kế hoạch', 'có kế hoạch', 'tìm cách', 'hy vọng', 'hi vọng',
];
/** "do phía X khởi xướng / đề xuất": after "do", the cue needs one of these to follow the name. */
export const DO_FOLLOWERS: readonly string[] = ['khởi xướng', 'đề xuất', 'đề nghị', 'chủ động', 'đề ra', 'thực hiện cuộc gọi'];

/** Number words of ordinals: "lần thứ hai", "cuộc điện đàm thứ ba". */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = { 'nhất': 1, 'tư': 4, ...NUMBER_WORDS };
/** Nouns whose ordinal is not the call's: "APEC lần thứ 25", "kỷ niệm lần thứ 50", "Kỳ họp thứ 8". */
export const ORDINAL_OTHER_NOUNS: readonly string[] = [
  'hội nghị', 'apec', 'kỷ niệm', 'kỳ họp', 'đại hội', 'diễn đàn', 'hội nghị thượng đỉnh', 'phiên', 'khóa', 'khoá', 'nhiệm kỳ',
  'chuyến thăm', 'đợt', 'lễ', 'mùa', 'giải', 'liên hoan', 'cuộc gặp', 'gặp', 'hội đàm', 'sinh nhật', 'tổng thống thứ',
];
/** Nouns that stand for the call in a sentence about it: "cuộc trao đổi trực tiếp đầu tiên giữa hai nhà lãnh đạo". */
export const CALL_ANAPHORS: readonly string[] = [
  'cuộc trao đổi', 'lần trao đổi', 'cuộc nói chuyện', 'lần nói chuyện', 'cuộc tiếp xúc', 'lần tiếp xúc', 'cuộc đối thoại',
  'cuộc điện đàm', 'lần điện đàm', 'cuộc gọi', 'lần gọi',
];
/** How many words may separate an ordinal from its call phrase. */
export const ORDINAL_WINDOW_BEFORE = 10;
export const ORDINAL_WINDOW_AFTER = 6;
/** How many words may stand between a call noun and its ordinal: "cuộc điện đàm được công khai đầu tiên". */
export const ORDINAL_NOUN_GAP = 3;
