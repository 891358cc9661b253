/**
 * Topics of diplomatic calls: a label (Vietnamese, as shown to readers), an English label, and
 * the words that signal it in a sentence about the call. Matching ignores case and tone
 * placement, except for phrases listed in `exact` (short abbreviations such as "IS").
 */

export interface TopicEntry {
  id: string;
  label: string;
  en: string;
  phrases: readonly string[];
  /** Phrases that must match case-sensitively (as written). */
  exact?: readonly string[];
  /** A broad topic (relations, defence, multilateral bodies): listed after the specific ones. */
  broad?: boolean;
}

export const TOPICS: readonly TopicEntry[] = [
  { id: 'ukraine', label: 'Ukraine', en: 'Ukraine', phrases: ['Ukraine', 'Ukraina', 'Kiev', 'Kyiv', 'Kiép', 'Donbass', 'Donbas', 'Donetsk', 'Lugansk', 'Luhansk', 'Crimea', 'Crưm', 'thỏa thuận Minsk', 'Bộ tứ Normandy', 'định dạng Normandy', 'Zaporizhzhia', 'Kherson', 'Kursk'] },
  { id: 'syria', label: 'Syria', en: 'Syria', phrases: ['Syria', 'Xy-ri', 'Idlib', 'Damascus', 'Aleppo', 'Golan'] },
  { id: 'libya', label: 'Libya', en: 'Libya', phrases: ['Libya', 'Li-bi', 'Tripoli'] },
  { id: 'north-korea', label: 'Triều Tiên', en: 'North Korea', phrases: ['Triều Tiên', 'Bình Nhưỡng', 'bán đảo Triều Tiên', 'CHDCND Triều Tiên', 'phi hạt nhân hóa', 'phi hạt nhân hoá'] },
  { id: 'covid', label: 'COVID-19', en: 'COVID-19', phrases: ['COVID-19', 'COVID', 'Covid', 'đại dịch', 'vaccine', 'vắc xin', 'vắc-xin', 'virus corona', 'SARS-CoV-2', 'dịch bệnh'] },
  { id: 'terrorism', label: 'chống khủng bố', en: 'counter-terrorism', phrases: ['khủng bố', 'Nhà nước Hồi giáo', 'ISIS', 'al-Qaeda', 'Al Qaeda', 'cực đoan'], exact: ['IS'] },
  { id: 'climate', label: 'biến đổi khí hậu', en: 'climate change', phrases: ['biến đổi khí hậu', 'khí hậu', 'phát thải', 'COP26', 'COP27', 'COP28', 'COP29', 'COP30', 'trung hòa carbon', 'trung hoà carbon', 'Thỏa thuận Paris'] },
  { id: 'european-security', label: 'an ninh châu Âu', en: 'European security', phrases: ['an ninh châu Âu', 'an ninh tại châu Âu', 'an ninh ở châu Âu', 'kiến trúc an ninh', 'đảm bảo an ninh', 'bảo đảm an ninh', 'cân bằng chiến lược', 'NATO mở rộng', 'mở rộng NATO', 'đảm bảo an ninh lâu dài'] },
  { id: 'trade', label: 'thương mại', en: 'trade', phrases: ['thương mại', 'thuế quan', 'thuế đối ứng', 'xuất khẩu', 'nhập khẩu', 'chuỗi cung ứng', 'kim ngạch', 'mậu dịch', 'cán cân thương mại', 'hàng rào thương mại', 'thuế nhập khẩu'] },
  { id: 'investment', label: 'đầu tư', en: 'investment', phrases: ['đầu tư', 'nhà đầu tư', 'FDI'] },
  { id: 'economy', broad: true, label: 'kinh tế', en: 'economy', phrases: ['hợp tác kinh tế', 'kinh tế - thương mại', 'kinh tế, thương mại', 'quan hệ kinh tế', 'tài chính', 'tiền tệ', 'tăng trưởng kinh tế'] },
  { id: 'energy', label: 'năng lượng', en: 'energy', phrases: ['năng lượng', 'dầu mỏ', 'giá dầu', 'khí đốt', 'LNG', 'OPEC', 'điện hạt nhân', 'đường ống', 'Nord Stream', 'dầu khí'] },
  { id: 'nuclear', label: 'hạt nhân', en: 'nuclear issues', phrases: ['chương trình hạt nhân', 'hạt nhân Iran', 'thỏa thuận hạt nhân', 'vũ khí hạt nhân', 'JCPOA', 'làm giàu urani', 'làm giàu uranium', 'nhà máy điện hạt nhân'] },
  { id: 'arms-control', label: 'kiểm soát vũ khí', en: 'arms control', phrases: ['kiểm soát vũ khí', 'ổn định chiến lược', 'New START', 'START mới', 'INF', 'giải trừ quân bị', 'không phổ biến vũ khí'] },
  { id: 'middle-east', label: 'Trung Đông', en: 'Middle East', phrases: ['Trung Đông', 'Gaza', 'Dải Gaza', 'Hamas', 'Bờ Tây', 'Palestine', 'Israel', 'Liban', 'Lebanon', 'Hezbollah', 'Yemen', 'Houthi', 'Biển Đỏ', 'Iraq', 'Jordan'] },
  { id: 'iran', label: 'Iran', en: 'Iran', phrases: ['Iran', 'Tehran'] },
  { id: 'south-china-sea', label: 'Biển Đông', en: 'South China Sea', phrases: ['Biển Đông', 'Hoàng Sa', 'Trường Sa', 'COC', 'UNCLOS', 'Công ước Liên hợp quốc về Luật Biển', 'an ninh hàng hải', 'tự do hàng hải'] },
  { id: 'taiwan', label: 'Đài Loan', en: 'Taiwan', phrases: ['Đài Loan', 'eo biển Đài Loan'] },
  { id: 'afghanistan', label: 'Afghanistan', en: 'Afghanistan', phrases: ['Afghanistan', 'Taliban', 'Kabul'] },
  { id: 'venezuela', label: 'Venezuela', en: 'Venezuela', phrases: ['Venezuela', 'Caracas'] },
  { id: 'myanmar', label: 'Myanmar', en: 'Myanmar', phrases: ['Myanmar', 'đồng thuận 5 điểm', 'Đồng thuận 5 điểm'] },
  { id: 'caucasus', label: 'Nagorno-Karabakh', en: 'Nagorno-Karabakh', phrases: ['Nagorno-Karabakh', 'Karabakh'] },
  { id: 'defence', broad: true, label: 'quốc phòng', en: 'defence', phrases: ['quốc phòng', 'quân sự', 'an ninh quốc phòng', 'hợp tác quốc phòng', 'vũ khí', 'tên lửa'] },
  { id: 'health', label: 'y tế', en: 'health', phrases: ['y tế', 'chăm sóc sức khỏe', 'chăm sóc sức khoẻ'] },
  { id: 'education', label: 'giáo dục', en: 'education', phrases: ['giáo dục', 'đào tạo', 'du học sinh', 'học bổng'] },
  { id: 'humanitarian', label: 'nhân đạo', en: 'humanitarian aid', phrases: ['nhân đạo', 'viện trợ', 'cứu trợ', 'người tị nạn', 'tị nạn'] },
  { id: 'food', label: 'an ninh lương thực', en: 'food security', phrases: ['lương thực', 'ngũ cốc', 'hành lang ngũ cốc', 'an ninh lương thực', 'phân bón', 'gạo'] },
  { id: 'ceasefire', label: 'ngừng bắn, hòa bình', en: 'ceasefire and peace talks', phrases: ['ngừng bắn', 'lệnh ngừng bắn', 'đàm phán hòa bình', 'đàm phán hoà bình', 'tiến trình hòa bình', 'tiến trình hoà bình', 'thỏa thuận hòa bình', 'thỏa thuận hoà bình', 'chấm dứt xung đột', 'kế hoạch hòa bình', 'kế hoạch hoà bình'] },
  { id: 'prisoners', label: 'trao đổi tù binh', en: 'prisoner exchange', phrases: ['trao đổi tù binh', 'tù binh', 'trao đổi tù nhân'] },
  { id: 'technology', label: 'khoa học công nghệ', en: 'science and technology', phrases: ['khoa học công nghệ', 'khoa học, công nghệ', 'công nghệ', 'chuyển đổi số', 'trí tuệ nhân tạo', 'bán dẫn', 'chip', 'đổi mới sáng tạo', 'TikTok'] },
  { id: 'arctic', label: 'Bắc Cực', en: 'Arctic', phrases: ['Bắc Cực'] },
  { id: 'migration', label: 'di cư', en: 'migration', phrases: ['di cư', 'người di cư', 'nhập cư'] },
  { id: 'labour', label: 'lao động', en: 'labour', phrases: ['lao động', 'người lao động'] },
  { id: 'tourism', label: 'du lịch', en: 'tourism', phrases: ['du lịch', 'du khách'] },
  { id: 'agriculture', label: 'nông nghiệp', en: 'agriculture', phrases: ['nông nghiệp', 'nông sản', 'thủy sản', 'thuỷ sản'] },
  { id: 'visit', broad: true, label: 'chuyến thăm', en: 'visits', phrases: ['chuyến thăm', 'lời mời thăm', 'mời sang thăm', 'thăm chính thức', 'thăm cấp Nhà nước'] },
  { id: 'multilateral', broad: true, label: 'hợp tác đa phương', en: 'multilateral cooperation', phrases: ['ASEAN', 'G20', 'G7', 'APEC', 'Liên hợp quốc', 'Hội đồng Bảo an', 'BRICS', 'diễn đàn đa phương', 'các diễn đàn đa phương', 'SCO', 'Mekong'] },
  { id: 'sanctions', label: 'trừng phạt', en: 'sanctions', phrases: ['trừng phạt', 'lệnh cấm vận', 'cấm vận'] },
  { id: 'cyber', label: 'an ninh mạng', en: 'cyber security', phrases: ['an ninh mạng', 'tấn công mạng', 'tin tặc'] },
  { id: 'disaster', label: 'thiên tai', en: 'natural disasters', phrases: ['thiên tai', 'động đất', 'bão', 'lũ lụt', 'sóng thần'] },
  { id: 'bilateral', broad: true, label: 'quan hệ song phương', en: 'bilateral relations', phrases: ['quan hệ song phương', 'hợp tác song phương', 'quan hệ hai nước', 'Đối tác chiến lược toàn diện', 'đối tác chiến lược toàn diện', 'nâng cấp quan hệ', 'quan hệ đối tác'] },
];
