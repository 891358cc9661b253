/**
 * Words that decide whether a capitalised word is a name, a country or an ordinary word.
 * Plain data; the rules that use it are in ../entities.ts and ../people.ts.
 */

/**
 * One-syllable country names that are also everyday Vietnamese words, with the words that,
 * when they follow, show the ordinary word ("Pháp luật", "Anh em", "Ý kiến" at the start of a
 * sentence). Compared with matchKey (case and tone placement ignored).
 */
export const NOT_A_COUNTRY_WHEN_FOLLOWED_BY: Readonly<Record<string, readonly string[]>> = {
  Pháp: ['luật', 'lý', 'nhân', 'chế', 'quyền', 'y', 'sư', 'điển', 'lệnh', 'môn', 'danh', 'trị', 'định', 'bảo', 'hiệu'],
  Anh: ['em', 'chị', 'ấy', 'ta', 'hùng', 'dũng', 'trai', 'tài', 'minh', 'rể', 'họ', 'hai', 'cả', 'ruột'],
  Đức: ['tính', 'độ', 'tin', 'hạnh', 'Phật', 'Mẹ', 'Chúa', 'Cha', 'Thánh', 'Giáo', 'Giám'],
  Mỹ: ['phẩm', 'thuật', 'mãn', 'quan', 'nghệ', 'miều', 'nhân', 'học', 'từ', 'viện', 'cảm', 'lệ', 'Tho', 'Đình'],
  Ý: ['kiến', 'nghĩa', 'tưởng', 'thức', 'chí', 'định', 'muốn', 'đồ', 'tứ', 'niệm', 'nguyện', 'thích'],
  Áo: ['dài', 'khoác', 'mưa', 'sơ', 'len', 'giáp', 'quần', 'phao', 'bà'],
  Úc: ['châu'],
  Nga: ['Sơn', 'My'],
  Lào: ['Cai'],
  Nhật: ['ký', 'báo', 'thực', 'Lệ', 'Tân', 'Nam'],
  Tây: [],
  // "Thái Bình Dương" is the Pacific, not Thailand ("Ấn Độ-Thái Bình Dương").
  Thái: ['Bình'],
};

/** Words that precede a seat of government and make it stand for its top leader:
 *  "ông chủ Nhà Trắng", "chủ nhân Điện Kremlin", "người đứng đầu Điện Elysee". */
export const SEAT_HOLDER_WORDS: readonly string[] = ['ông chủ', 'bà chủ', 'chủ nhân', 'người đứng đầu', 'người chủ'];

/** Lower-case particles allowed inside a foreign personal name: "Ursula von der Leyen",
 *  "Mohammed bin Salman", "Luiz Inácio Lula da Silva", "Abdel Fattah el-Sisi". */
export const NAME_PARTICLES: readonly string[] = [
  'von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'do', 'du', 'la', 'le',
  'bin', 'ben', 'ibn', 'al', 'el', 'bint', 'y', 'e', 'zu', 'ter', 'af',
];

/** Honorifics that may stand between a title and a name, or before a bare name:
 *  "Tổng thống Nga, ông Vladimir Putin", "bà Ursula von der Leyen", "đồng chí Lê Hoài Trung". */
// (An academic style too: "Bộ trưởng Bộ Quốc phòng Ấn Độ, Tiến sĩ Ajay Kumar".)
export const HONORIFICS: readonly string[] = ['ông', 'bà', 'ngài', 'Ngài', 'Hoàng thân', 'Hoàng tử', 'Công chúa', 'Thái tử', 'đồng chí', 'Tiến sĩ', 'Giáo sư'];

/** Honorific styles the press keeps between a title and the name, not part of the name: Malaysia's and Brunei's
 *  ("Bộ trưởng Ngoại giao Malaysia Dato’ Seri Utama Haji Mohamad …", "Tan Sri Muhyiddin Yassin") and Cambodia's ("Thủ
 *  tướng Campuchia Samdech Akka Moha Sena Padei Techo Hun Sen", "Samdech Thipadei Hun Manet"). A run of them starts with
 *  one of STYLES; the words of STYLES_AFTER only go on with it ("Sri Mulyani" is a name). */
export const STYLES: readonly string[] = ['Tun', 'Tan Sri', 'Toh Puan', 'Puan Sri', 'Dato', 'Datuk', 'Datin', 'Pehin', 'Yang Berhormat', 'Yang Amat Berhormat', 'Samdech', 'Samdach'];
export const STYLES_AFTER: readonly string[] = [
  'Seri', 'Sri', 'Utama', 'Paduka', 'Setia', 'Patinggi', 'Orang Kaya', 'Laila',
  'Akka', 'Moha', 'Sena', 'Padei', 'Techo', 'Thipadei', 'Bovor', 'Borvor', 'Vibol', 'Pheakdei', 'Ponhea', 'Chakrei', 'Chakri', 'Krolahom', 'Vibulsena',
];

/**
 * Capitalised words that can follow a title but are not a name: they start a new phrase
 * ("Thủ tướng Chính phủ", "Tổng thống Hôm") or are months/weekdays in some styles.
 */
export const NOT_A_NAME: readonly string[] = [
  'Chính phủ', 'Nhà nước', 'Đảng', 'Quốc hội', 'Ủy ban', 'Uỷ ban', 'Bộ', 'Văn phòng', 'Tháng', 'Thứ', 'Chủ nhật',
  'Hôm', 'Ngày', 'Sáng', 'Chiều', 'Tối', 'Đêm', 'Trưa', 'Theo', 'Tại', 'Trong', 'Khi', 'Sau', 'Trước',
  'Hai', 'Ba', 'Các', 'Những', 'Ông', 'Bà', 'Người', 'Phía', 'Hội đồng', 'Thường trực', 'Cộng hòa', 'Cộng hoà',
  'Liên bang', 'Vương quốc', 'Quốc vụ viện', 'Điện', 'Nhà', 'Thủ đô', 'Thành phố', 'Tỉnh', 'TP', 'Nhóm', 'Khối',
  // The first words of bodies' names that a title may run into: "Tổng Thư ký Đảng Hành động Nhân dân (PAP)", "các nhà
  // Lãnh đạo Diễn đàn Kinh tế châu Á - Thái Bình Dương", "Chủ tịch Liên minh …".
  'Hành động', 'Diễn đàn', 'Liên minh', 'Liên hợp', 'Hiệp hội', 'Tổ chức', 'Ngân hàng', 'Quỹ', 'Hội nghị', 'Cơ quan', 'Tập đoàn',
  // News agencies and broadcasters after a reporter's title: "Đặc phái viên TTXVN đưa tin", "phóng viên thường trú VOV".
  'TTXVN', 'VNA', 'VOV', 'VTV', 'AFP', 'Reuters', 'AP', 'Xinhua', 'Tân Hoa xã', 'TASS', 'Sputnik', 'Kyodo', 'Yonhap',
  'Bernama', 'Antara', 'Prensa Latina', 'KPL', 'AKP',
  // A photo's credit run into the caption's last name: "… Al-Thani - Ảnh: VGP", "… Putin. Nguồn: TASS".
  'Ảnh', 'Nguồn',
];

/**
 * Vietnamese family names. A title without a country followed by a name that starts with one
 * of these ("Thủ tướng Phạm Minh Chính", "Bộ trưởng Ngoại giao Bùi Thanh Sơn") is Vietnam's.
 */
export const VIETNAMESE_SURNAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Lương', 'Trương', 'Đinh', 'Đào', 'Tô', 'Mai', 'Lâm', 'Cao', 'Hà', 'Vương', 'Trịnh',
  'Đoàn', 'Thái', 'Tạ', 'Lại', 'Kiều', 'Triệu', 'Chu', 'La', 'Quách', 'Văn', 'Tăng', 'Tống', 'Khúc',
  'Lưu', 'Mạc', 'Diệp', 'Thân', 'Phùng', 'Nông', 'Hầu', 'Giang', 'Doãn', 'Từ', 'Lục', 'Âu', 'Kim', 'Quan',
];

/**
 * Words before a title that make the mention someone else's: "trợ lý Tổng thống Nga Yury Ushakov"
 * is an aide, "Văn phòng Tổng thống Hàn Quốc" an office, "phu nhân Tổng thống" a spouse. Such a
 * mention is nobody's title; an optional "của" may stand between ("người phát ngôn của Tổng thống").
 * "nước Chủ tịch" is the country that chairs a grouping ("Hội nghị … do Thái Lan là nước Chủ tịch"), not a president.
 */
export const DEPENDENT_PREFIXES: readonly string[] = [
  'trợ lý', 'cố vấn', 'người phát ngôn', 'phát ngôn viên', 'thư ký', 'phu nhân', 'con trai', 'con gái', 'văn phòng',
  'chánh văn phòng', 'đại diện', 'đặc phái viên', 'phái viên', 'ứng viên', 'ứng cử viên', 'đặc sứ', 'người thân',
  'chính quyền', 'nội các', 'phủ', 'dinh', 'tư dinh', 'chuyên cơ', 'đội ngũ', 'nhóm chuyển giao', 'trợ lý an ninh quốc gia',
  'nước',
];

/**
 * Verbs that make the country before them a new clause's subject: in a headline's "… điện đàm người đồng cấp Nga, Ukraine
 * tỏ ý không hài lòng" the second country reacts to the call and is no counterpart the office is shared with.
 */
export const SUBJECT_VERBS: readonly string[] = [
  'tỏ ý', 'tỏ ra', 'bày tỏ', 'phản đối', 'phản ứng', 'phản bác', 'lên tiếng', 'cảnh báo', 'chỉ trích', 'bác bỏ', 'cho biết',
  'nói', 'tuyên bố', 'yêu cầu', 'kêu gọi', 'hoan nghênh', 'lo ngại', 'tức giận', 'bất bình', 'phẫn nộ', 'không hài lòng',
];
