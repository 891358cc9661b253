/**
 * The words that make up the names of party, state, military and trade bodies in a title chain:
 * "Trưởng Ban Đối ngoại Trung ương", "Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam",
 * "Bộ trưởng Bộ Công Thương", "Bí thư Thành ủy Bắc Kinh", "Ủy viên Bộ Chính trị".
 *
 * A chain is a title followed by such words (and by country names, capitals and international
 * bodies, which the gazetteer's place tables supply); the personal name starts at the first word
 * that is none of them. The country of the person is the first country or body the chain names;
 * a chain that names none is Vietnam's (the Vietnamese press writes its own bodies without
 * "Việt Nam": "Ban Đối ngoại Trung ương", "Bộ Công Thương"), unless one of its words belongs to
 * one foreign country only (`country` below: "Liên lạc Đối ngoại" is the Chinese party's
 * International Liaison Department, "Lầu Năm Góc" the US Department of Defense).
 *
 * Phrases are matched word by word, ignoring case and tone placement; longer phrases win.
 * Pure data: the rules that read it are in ../people.ts.
 */

export interface OrganisationWord {
  phrase: string;
  /** The one country a body so named belongs to, when the phrase alone says it. */
  country?: string;
}

const words = (list: string, country?: string): OrganisationWord[] =>
  list.split('|').map((phrase) => (country ? { phrase: phrase.trim(), country } : { phrase: phrase.trim() }));

export const ORGANISATION_WORDS: readonly OrganisationWord[] = [
  // Kinds of body.
  // "BNG" is how headlines shorten "Bộ Ngoại giao" ("Quốc vụ khanh BNG Anh").
  ...words('BNG|Bộ|Ban|Ủy ban|Uỷ ban|Tổng cục|Cục|Cơ quan|Vụ|Viện|Văn phòng|Hội đồng|Quân ủy|Quân uỷ|Đảng|Đảng ủy|Đảng uỷ|Đảng đoàn|Ban cán sự'),
  // A body's organs, named after a second title of the same person: "Chủ tịch Phân ban Nga của Ủy ban liên Chính phủ hai
  // nước", "Phó Chủ tịch Đoàn Chủ tịch" (a party's presidium), "Trưởng Tiểu ban …".
  ...words('Phân ban|Tiểu ban|Đoàn Chủ tịch|Chủ tịch đoàn'),
  ...words('Thành ủy|Thành uỷ|Tỉnh ủy|Tỉnh uỷ|Khu ủy|Khu uỷ|Đảng bộ|Quân khu|Quân đoàn|Bộ Tư lệnh|Bộ Tổng Tham mưu|Tổng Tham mưu'),
  ...words('UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|Ngân hàng|Nhà nước|Quốc hội|Chính phủ|Mặt trận|Tổ quốc|Hội|Liên hiệp|Liên đoàn|Tổng Liên đoàn|Đoàn Thanh niên'),
  ...words('TP|Sở|Chính quyền|Ngoại sự|Văn phòng Ngoại sự|Thượng viện|Hạ viện|Nghị viện|Quốc vụ viện|Phủ Tổng thống|Phủ Thủ tướng|Nội các|Tập đoàn|Tổng công ty|Thành phố|Thủ đô|Tỉnh|Bang'),
  ...words('Ủy ban Thường vụ|Bộ Chính trị|Ban Bí thư|Ban Chấp hành|Trung ương|Thường vụ|Thường trực|Chấp hành|Bí thư|Trung ương Đảng'),
  // What bodies are for.
  ...words('Đối ngoại|Ngoại giao|Ngoại vụ|Quốc phòng|Công an|An ninh|Nội vụ|Tư pháp|Tài chính|Kế hoạch|Đầu tư|Công Thương|Thương mại'),
  ...words('Công nghiệp|Ngoại thương|Kinh tế|Kinh tế Trung ương|Tuyên giáo|Tuyên huấn|Dân vận|Tổ chức|Kiểm tra|Nội chính|Chính sách'),
  ...words('Chính trị|Quân đội|Nhân dân|Quân đội nhân dân|Công an nhân dân|Công tác|Công tác Chính trị|Hậu cần|Kỹ thuật|Tình báo'),
  ...words('Hải quân|Không quân|Lục quân|Phòng không|Biên phòng|Cảnh sát|Cảnh sát biển|Hải cảnh|Tuần duyên|Lực lượng|Vũ trang|Quân sự|Phòng vệ|Tự vệ'),
  ...words('Y tế|Giáo dục|Đào tạo|Khoa học|Công nghệ|Thông tin|Truyền thông|Văn hóa|Văn hoá|Thể thao|Du lịch|Giao thông|Vận tải'),
  ...words('Xây dựng|Nông nghiệp|Phát triển|Nông thôn|Tài nguyên|Môi trường|Lao động|Thương binh|Xã hội|Năng lượng|Dầu khí|Hàng hải'),
  ...words('Công cộng|An ninh Công cộng|An ninh Nội địa|Nhập cư|Di trú|Biên giới|Hạ tầng|Cơ sở hạ tầng|Thủy sản|Thuỷ sản|Lâm nghiệp|Ngư nghiệp|Lương thực|Khoáng sản|Điện lực|Viễn thông|Bưu chính|Kỹ thuật số|Kinh tế số|Chuyển đổi số'),
  ...words('Kiểm toán|Kiểm toán Nhà nước|Thanh tra|Tòa án|Toà án|Viện Kiểm sát|Kiểm sát|Doanh nghiệp|Thuế|Hải quan|Ngân khố|Kho bạc|Khẩn cấp|Tình trạng khẩn cấp|Phúc lợi|Gia đình|Phụ nữ|Thanh niên|Trẻ em|Hàng không|Vũ trụ|Đô thị|Nhà ở|Thủy lợi|Thuỷ lợi|Biển|Khí hậu|Thống kê|Cải cách|Hành chính|Công vụ|Di sản|Nghệ thuật|Ngoại kiều'),
  ...words('Điều tra|Điều tra Liên bang|Phản gián|Tình báo Trung ương|Tình báo Quốc gia|Chống khủng bố'),
  // Party schools, councils and propaganda bodies: "Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh, Chủ tịch Hội đồng Lý
  // luận Trung ương", "Trưởng Ban Tuyên truyền Trung ương Đảng Cộng sản Trung Quốc" (the school's name holds a person's).
  ...words('Học viện|Học viện Chính trị quốc gia Hồ Chí Minh|Học viện Chính trị|Trường Đảng|Đại học|Lý luận|Tuyên truyền|Nghiên cứu|Khoa học Xã hội|Thông tấn|Báo chí|Xuất bản'),
  ...words('Quan hệ|Quốc tế|Hợp tác|Hữu nghị|Hòa bình|Hoà bình|Chiến lược|Dân tộc|Tôn giáo|Kiều bào|Người Việt Nam ở nước ngoài'),
  ...words('Cộng sản|Dân chủ|Cộng hòa|Cộng hoà|Xã hội chủ nghĩa|Cách mạng|Nhân dân Cách mạng|Liên minh|Thống nhất|Tự do'),
  ...words('Quốc gia|Liên bang|Tối cao|Nhân quyền|Đặc biệt|Thường trực Ban Bí thư|Giải phóng|Mặt trận Giải phóng|Độc lập'),
  ...words('Ủy ban Đối ngoại|Ủy ban Quốc phòng|Văn phòng Trung ương|Quân ủy Trung ương|Quân uỷ Trung ương'),
  // Youth unions, whose leaders call each other as the parties' do ("Bí thư thứ nhất Trung ương Đoàn TNCS Hồ Chí Minh …",
  // "Bí thư TƯ Đoàn TNNDCM Lào …"); "TƯ" is how the press shortens "Trung ương".
  ...words('TƯ|Đoàn|Đoàn TNCS Hồ Chí Minh|Đoàn Thanh niên Cộng sản Hồ Chí Minh|TNCS Hồ Chí Minh|Đoàn TNNDCM|TNNDCM|Đoàn Thanh niên Nhân dân Cách mạng'),
  ...words('An ninh quốc gia|Phủ Tổng thống|Văn phòng An ninh Quốc gia|lực lượng vũ trang|Lực lượng Vũ trang|Chỉ đạo|Ban Chỉ đạo|Ủy ban Chỉ đạo|Song phương|Đa phương|Tham mưu|Tham mưu trưởng|Tham mưu trưởng liên quân|Liên quân|Tổng hành dinh'),
  // Names that only one country's bodies bear.
  ...words('Liên lạc Đối ngoại|Liên lạc Quốc tế|Bộ Công tác Chính trị|Nhân đại|Chính hiệp|Hội nghị Hiệp thương Chính trị', 'CN'),
  ...words('Lầu Năm Góc|Bộ Ngoại giao Mỹ|Hội đồng An ninh Quốc gia Mỹ|Đại diện Thương mại Mỹ|USTR', 'US'),
  // The US Joint Chiefs of Staff, which the press names without its country (others': "… Liên quân Hàn Quốc").
  ...words('Hội đồng Tham mưu trưởng Liên quân', 'US'),
  ...words('Duma|Duma Quốc gia|Hội đồng Liên bang Nga', 'RU'),
  ...words('Đảng Nhân dân Cách mạng Lào|Quốc hội Lào', 'LA'),
  ...words('Đảng Nhân dân Campuchia|Đảng Nhân dân Campuchia (CPP)', 'KH'),
  ...words('Đảng Lao động Triều Tiên', 'KP'),
  ...words('Quân đội Giải phóng Nhân dân|Giải phóng Quân', 'CN'),
  // Provinces and cities whose leaders call their counterparts across a border or a sea.
  ...words('Quảng Tây|Khu tự trị dân tộc Choang Quảng Tây|Khu tự trị Quảng Tây|Vân Nam|Quảng Đông|Hải Nam|Thượng Hải|Trùng Khánh|Thiên Tân|Phúc Kiến|Chiết Giang|Giang Tô|Tứ Xuyên', 'CN'),
  ...words('Osaka', 'JP'),
  ...words('Busan', 'KR'),
  ...words('Saint Petersburg|St. Petersburg|Xanh Pê-téc-bua|Vladivostok', 'RU'),
  ...words('New York|California', 'US'),
];

/** Words that may join two parts of one chain: "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao" (a title
 *  may follow), "Trưởng ban Đối ngoại của Đảng Cộng sản Trung Quốc" (a body or a place must follow). */
export const CHAIN_TITLE_JOINERS: readonly string[] = ['kiêm', 'đồng thời là'];
export const CHAIN_BODY_JOINERS: readonly string[] = ['của', 'phụ trách', 'các', 'cầm quyền', 'cầm quyền ở', 'cầm quyền tại', 'nước'];

/** Words that end a chain before a name could follow ("Đại sứ Việt Nam tại Mỹ"), and the verbs that start like a body
 *  ("Hội") after a nameless title in a headline: "Trưởng ban … Trung ương hội đàm với …". */
export const CHAIN_STOPS: readonly string[] = ['tại', 'ở', 'bên cạnh', 'hội đàm', 'hội kiến', 'hội ý'];

/** Words after a title that the chain passes over: a country the text has named ("Chủ tịch nước này Tập Cận
 *  Bình"), and the rank of a deputy ("Thứ trưởng thứ nhất Bộ Ngoại giao Hàn Quốc", "Phó Thủ tướng thường trực"). */
export const CHAIN_DEICTIC: readonly string[] = ['này', 'nước này', 'của nước này', 'nước chủ nhà', 'nước bạn', 'thứ nhất', 'thường trực', 'thứ hai'];

/** Bodies of a province or city, followed by its name: "Bí thư Tỉnh ủy Lào Cai", "Chủ tịch UBND tỉnh Quảng Ninh".
 *  The capitalised words after them are the place, not the person. */
export const LOCAL_BODIES: readonly string[] = [
  'Tỉnh ủy', 'Tỉnh uỷ', 'Thành ủy', 'Thành uỷ', 'Huyện ủy', 'Huyện uỷ', 'Tỉnh', 'Thành phố', 'TP', 'UBND tỉnh', 'UBND thành phố',
  'HĐND tỉnh', 'Ủy ban nhân dân tỉnh', 'Uỷ ban nhân dân tỉnh', 'Đảng bộ tỉnh', 'Bang',
];
/** At most so many words of a province's or city's name. */
export const LOCAL_NAME_WORDS = 3;

/** Lower-case words that go on with a title ("Bộ trưởng Thương mại quốc tế Anh Liz Truss"). */
export const TITLE_EXTENSIONS: readonly string[] = ['quốc tế', 'đối ngoại', 'an ninh quốc gia', 'quốc phòng', 'ngoại giao'];

/**
 * Bodies that stand as a side of a call or an online meeting by themselves, with no person named in the
 * clause: "Công an tỉnh Lai Châu hội đàm trực tuyến với Công an các tỉnh Bắc Lào", "Hội nghị trực tuyến giữa
 * UBND tỉnh Lào Cai và Chính quyền châu Hồng Hà (Trung Quốc)". Written with their capital, as the press
 * writes a body's name.
 */
export const SIDE_BODIES: readonly string[] = [
  'UBND', 'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'HĐND', 'Hội đồng nhân dân', 'Chính quyền', 'Chính phủ', 'Quốc hội', 'Nghị viện',
  'Tỉnh ủy', 'Tỉnh uỷ', 'Thành ủy', 'Thành uỷ', 'Khu ủy', 'Khu uỷ', 'Đảng ủy', 'Đảng uỷ', 'Đảng bộ', 'Ban', 'Bộ', 'Sở', 'Cục',
  'Tổng cục', 'Văn phòng', 'Công an', 'Bộ Chỉ huy', 'Bộ đội Biên phòng', 'Quân khu', 'Bộ Tư lệnh', 'Hội', 'Liên hiệp',
  'Ủy ban', 'Uỷ ban', 'Hội đồng', 'Đoàn', 'Phái đoàn', 'Học viện', 'Ngân hàng',
];

