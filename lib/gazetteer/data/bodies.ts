/**
 * International organisations and groupings, as the Vietnamese press names them.
 * Codes never collide with a country code in ./countries.ts: the African Union is "AFU"
 * (not "AU", which is Australia) and the Arab League is "LAS" (not "AL", which is Albania).
 * Pure data: see ../types.ts for the meaning of each field.
 */
import type { BodyEntry } from '../types';

export const BODIES: readonly BodyEntry[] = [
  // ── United Nations and its organs and agencies ─────────────────────────────
  {
    code: 'UN', name: 'Liên hợp quốc', en: 'United Nations',
    names: ['LHQ', 'Liên Hiệp Quốc', 'United Nations', 'UN'],
  },
  {
    code: 'UNSC', name: 'Hội đồng Bảo an Liên hợp quốc', en: 'UN Security Council',
    names: ['Hội đồng Bảo an LHQ', 'HĐBA LHQ', 'Hội đồng Bảo an', 'HĐBA', 'UNSC'],
    organOf: 'UN',
  },
  {
    code: 'UNGA', name: 'Đại hội đồng Liên hợp quốc', en: 'UN General Assembly',
    names: ['Đại hội đồng LHQ', 'ĐHĐ LHQ', 'UNGA'],
    organOf: 'UN',
  },
  { code: 'WHO', name: 'Tổ chức Y tế Thế giới', en: 'World Health Organization', names: ['WHO', 'World Health Organization'] },
  { code: 'IAEA', name: 'Cơ quan Năng lượng Nguyên tử Quốc tế', en: 'International Atomic Energy Agency', names: ['IAEA'] },
  {
    code: 'UNESCO', name: 'Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc', en: 'UNESCO',
    names: ['UNESCO'],
  },
  { code: 'UNICEF', name: 'Quỹ Nhi đồng Liên hợp quốc', en: 'UNICEF', names: ['UNICEF'] },
  {
    code: 'UNHCR', name: 'Cao ủy Liên hợp quốc về người tị nạn', en: 'UN Refugee Agency',
    names: ['UNHCR', 'Cao ủy LHQ về người tị nạn'],
  },
  { code: 'WFP', name: 'Chương trình Lương thực Thế giới', en: 'World Food Programme', names: ['WFP'] },
  { code: 'FAO', name: 'Tổ chức Lương thực và Nông nghiệp Liên hợp quốc', en: 'Food and Agriculture Organization', names: ['FAO'] },
  { code: 'ICJ', name: 'Tòa án Công lý Quốc tế', en: 'International Court of Justice', names: ['ICJ'] },
  { code: 'UNDP', name: 'Chương trình Phát triển Liên hợp quốc', en: 'UN Development Programme', names: ['UNDP', 'Chương trình Phát triển LHQ'] },
  { code: 'UNFPA', name: 'Quỹ Dân số Liên hợp quốc', en: 'UN Population Fund', names: ['UNFPA', 'Quỹ Dân số LHQ'] },
  { code: 'ILO', name: 'Tổ chức Lao động Quốc tế', en: 'International Labour Organization', names: ['ILO'] },
  { code: 'IOM', name: 'Tổ chức Di cư Quốc tế', en: 'International Organization for Migration', names: ['IOM'] },
  { code: 'IFAD', name: 'Quỹ Quốc tế về Phát triển Nông nghiệp', en: 'International Fund for Agricultural Development', names: ['IFAD'] },
  { code: 'UNIDO', name: 'Tổ chức Phát triển Công nghiệp Liên hợp quốc', en: 'UN Industrial Development Organization', names: ['UNIDO'] },
  { code: 'WIPO', name: 'Tổ chức Sở hữu Trí tuệ Thế giới', en: 'World Intellectual Property Organization', names: ['WIPO'] },
  { code: 'ITU', name: 'Liên minh Viễn thông Quốc tế', en: 'International Telecommunication Union', names: ['ITU'] },
  // Vaccine programmes whose heads the press shows in online meetings with ministers and heads of government.
  { code: 'COVAX', name: 'Chương trình COVAX', en: 'COVAX', names: ['COVAX', 'Cơ chế COVAX'] },
  {
    code: 'GAVI', name: 'Liên minh Vaccine và Tiêm chủng toàn cầu', en: 'Gavi, the Vaccine Alliance',
    names: ['Gavi', 'Liên minh Vắc-xin và Tiêm chủng toàn cầu', 'Liên minh Vaccine và Miễn dịch toàn cầu'],
  },
  // ── Economic and financial ─────────────────────────────────────────────────
  { code: 'IMF', name: 'Quỹ Tiền tệ Quốc tế', en: 'International Monetary Fund', names: ['IMF', 'International Monetary Fund'] },
  { code: 'WB', name: 'Ngân hàng Thế giới', en: 'World Bank', names: ['WB', 'World Bank'] },
  { code: 'WTO', name: 'Tổ chức Thương mại Thế giới', en: 'World Trade Organization', names: ['WTO', 'World Trade Organization'] },
  { code: 'OECD', name: 'Tổ chức Hợp tác và Phát triển Kinh tế', en: 'OECD', names: ['OECD'] },
  { code: 'AIIB', name: 'Ngân hàng Đầu tư Cơ sở hạ tầng châu Á', en: 'Asian Infrastructure Investment Bank', names: ['AIIB'] },
  { code: 'ADB', name: 'Ngân hàng Phát triển châu Á', en: 'Asian Development Bank', names: ['ADB'] },
  { code: 'ECB', name: 'Ngân hàng Trung ương châu Âu', en: 'European Central Bank', names: ['ECB'] },
  {
    code: 'OPEC', name: 'Tổ chức các nước xuất khẩu dầu mỏ', en: 'OPEC',
    names: ['OPEC'],
  },
  {
    code: 'WEF', name: 'Diễn đàn Kinh tế Thế giới', en: 'World Economic Forum',
    names: ['WEF', 'World Economic Forum', 'Diễn đàn Davos'],
  },
  {
    code: 'APEC', name: 'Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương', en: 'APEC',
    names: ['APEC'],
  },
  // ── Regional organisations ─────────────────────────────────────────────────
  {
    code: 'EU', name: 'Liên minh châu Âu', en: 'European Union',
    names: [
      'EU', 'European Union', 'Liên hiệp châu Âu', 'Ủy ban châu Âu', 'EC', 'European Commission',
      'Hội đồng châu Âu', 'Nghị viện châu Âu',
      // The euro area and its finance ministers' group, as the press names them.
      'khu vực đồng Euro', 'khu vực đồng tiền chung châu Âu', 'Eurozone', 'Eurogroup',
    ],
  },
  {
    code: 'NATO', name: 'NATO', en: 'NATO',
    names: ['Tổ chức Hiệp ước Bắc Đại Tây Dương', 'Khối NATO', 'North Atlantic Treaty Organization', 'OTAN'],
  },
  {
    code: 'ASEAN', name: 'ASEAN', en: 'ASEAN',
    names: ['Hiệp hội các quốc gia Đông Nam Á', 'Hiệp hội các nước Đông Nam Á', 'Association of Southeast Asian Nations'],
  },
  { code: 'AFU', name: 'Liên minh châu Phi', en: 'African Union', names: ['AU', 'African Union'] },
  {
    code: 'OSCE', name: 'Tổ chức An ninh và Hợp tác châu Âu', en: 'OSCE',
    names: ['OSCE'],
  },
  {
    code: 'GCC', name: 'Hội đồng Hợp tác vùng Vịnh', en: 'Gulf Cooperation Council',
    names: ['GCC', 'Hội đồng Hợp tác các nước Arab vùng Vịnh', 'Hội đồng Hợp tác các quốc gia Arab vùng Vịnh'],
  },
  {
    code: 'LAS', name: 'Liên đoàn Arab', en: 'Arab League',
    names: ['Liên đoàn Ả Rập', 'Liên đoàn các quốc gia Arab', 'Liên đoàn các nước Arab', 'Arab League'],
  },
  { code: 'SCO', name: 'Tổ chức Hợp tác Thượng Hải', en: 'Shanghai Cooperation Organisation', names: ['SCO'] },
  { code: 'CIS', name: 'Cộng đồng các quốc gia độc lập', en: 'Commonwealth of Independent States', names: ['SNG', 'CIS'] },
  { code: 'CSTO', name: 'Tổ chức Hiệp ước An ninh Tập thể', en: 'Collective Security Treaty Organization', names: ['CSTO'] },
  { code: 'EAEU', name: 'Liên minh Kinh tế Á-Âu', en: 'Eurasian Economic Union', names: ['EAEU'] },
  { code: 'OIC', name: 'Tổ chức Hợp tác Hồi giáo', en: 'Organisation of Islamic Cooperation', names: ['OIC'] },
  // ── Groupings ──────────────────────────────────────────────────────────────
  {
    code: 'G7', name: 'G7', en: 'G7', names: ['G-7', 'Nhóm G-7', 'Nhóm G7', 'Nhóm các nước công nghiệp phát triển hàng đầu thế giới', 'Nhóm Các nền công nghiệp phát triển hàng đầu thế giới'],
    members: ['US', 'JP', 'DE', 'GB', 'FR', 'IT', 'CA'],
  },
  { code: 'G20', name: 'G20', en: 'G20', names: ['G-20', 'Nhóm G-20', 'Nhóm G20', 'Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới'] },
  { code: 'BRICS', name: 'BRICS', en: 'BRICS', names: ['Nhóm BRICS', 'Khối BRICS', 'Nhóm các nền kinh tế mới nổi hàng đầu thế giới', 'Nhóm các nền kinh tế mới nổi'] },
  { code: 'QUAD', name: 'Bộ Tứ', en: 'Quad', names: ['Nhóm Bộ Tứ', 'Đối thoại An ninh Bộ Tứ', 'Quad', 'Bộ Tứ Kim cương', 'Tứ giác Kim cương'], members: ['US', 'JP', 'IN', 'AU'] },
  { code: 'AUKUS', name: 'AUKUS', en: 'AUKUS', names: ['Liên minh AUKUS', 'Hiệp ước AUKUS'], members: ['AU', 'GB', 'US'] },
  // ASEAN with its three partners: a meeting of the bloc and of each of the three.
  { code: 'ASEAN+3', name: 'ASEAN+3', en: 'ASEAN Plus Three', names: ['ASEAN + 3', 'ASEAN cộng 3', 'ASEAN Plus Three'], members: ['ASEAN', 'CN', 'JP', 'KR'] },
  // Summits and contact groups whose meetings the press reports by their own names ("Hội nghị Cấp cao Đông Á (EAS) lần
  // thứ 16 được tổ chức trực tuyến", "Nhóm Liên lạc Quốc phòng Ukraine họp trực tuyến").
  { code: 'EAS', name: 'Hội nghị Cấp cao Đông Á', en: 'East Asia Summit', names: ['EAS', 'Cấp cao Đông Á', 'Thượng đỉnh Đông Á', 'East Asia Summit'] },
  { code: 'ASEM', name: 'Diễn đàn Hợp tác Á - Âu', en: 'Asia-Europe Meeting', names: ['ASEM', 'Diễn đàn Á - Âu', 'Cấp cao Á - Âu'] },
  {
    code: 'RCEP', name: 'Hiệp định Đối tác Kinh tế toàn diện khu vực', en: 'Regional Comprehensive Economic Partnership',
    names: ['RCEP'],
  },
  { code: 'MLC', name: 'Hợp tác Mekong - Lan Thương', en: 'Mekong-Lancang Cooperation', names: ['Mekong - Lan Thương', 'Mê Công - Lan Thương', 'Mê Kông - Lan Thương', 'Lan Thương - Mê Công', 'Lan Thương - Mê Kông', 'Lan Thương - Mekong', 'Mekong-Lancang', 'Lancang-Mekong'] },
  // The Mekong countries as one side of their summits with a partner ("Hội nghị Cấp cao Mekong - Hàn Quốc", "Bộ trưởng
  // Ngoại giao Mekong - Nhật Bản"); the river's own name ("sông Mekong") is no side, since only a pair or a meeting makes one.
  { code: 'MEKONG', name: 'Mekong', en: 'Mekong countries', names: ['Mê Công', 'Mê Kông', 'Hợp tác Mekong', 'Hợp tác Mê Công', 'Hợp tác Mê Kông'], members: ['KH', 'LA', 'MM', 'TH', 'VN'] },
  {
    code: 'UDCG', name: 'Nhóm Liên lạc Quốc phòng Ukraine', en: 'Ukraine Defense Contact Group',
    names: ['UDCG', 'Nhóm Tiếp xúc Quốc phòng Ukraine', 'Nhóm Liên lạc về Quốc phòng Ukraine', 'Nhóm Ramstein', 'Ukraine Defense Contact Group'],
  },
  // Leaders' groupings that meet online by their own names: "Liên minh thiện chí họp trực tuyến", "Ngoại trưởng nhóm
  // Normandy điện đàm", "Hội nghị Cấp cao Phong trào Không liên kết trực tuyến".
  {
    code: 'COTW', name: 'Liên minh thiện chí', en: 'Coalition of the Willing',
    names: [
      'Liên minh những nước thiện chí', 'Liên minh các nước thiện chí', 'Liên minh những người thiện chí', 'Liên minh những quốc gia thiện chí',
      'Liên minh tự nguyện', 'Liên minh các nước tự nguyện', 'Liên minh những nước tự nguyện', 'Liên minh những nước sẵn sàng',
      'Liên minh các nước sẵn sàng', 'Liên minh các quốc gia sẵn sàng', 'Coalition of the Willing',
    ],
  },
  {
    code: 'NORMANDY', name: 'Nhóm Normandy', en: 'Normandy Format',
    names: ['Bộ Tứ Normandy', 'Bộ tứ Normandie', 'Nhóm Bộ Tứ Normandy', 'Định dạng Normandy', 'Mô hình Normandy', 'Nhóm Normandie', 'Normandy Format'],
    members: ['FR', 'DE', 'RU', 'UA'],
  },
  { code: 'NAM', name: 'Phong trào Không liên kết', en: 'Non-Aligned Movement', names: ['NAM'] },
  {
    code: 'CPTPP', name: 'Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương', en: 'CPTPP',
    names: ['CPTPP', 'Hiệp định CPTPP'],
  },
  { code: 'MERCOSUR', name: 'Khối Thị trường chung Nam Mỹ', en: 'Mercosur', names: ['Mercosur', 'Thị trường chung Nam Mỹ'] },
  { code: 'CELAC', name: 'Cộng đồng các quốc gia Mỹ Latinh và Caribe', en: 'CELAC', names: ['CELAC'] },
  { code: 'V4', name: 'Nhóm Visegrad', en: 'Visegrád Group', names: ['Nhóm V4', 'Visegrad', 'V4'], members: ['PL', 'CZ', 'SK', 'HU'] },
  // ── Others ─────────────────────────────────────────────────────────────────
  {
    code: 'ICRC', name: 'Ủy ban Chữ thập đỏ Quốc tế', en: 'International Committee of the Red Cross',
    names: ['ICRC', 'Ủy ban Quốc tế Chữ thập đỏ'],
  },
  { code: 'ICC', name: 'Tòa án Hình sự Quốc tế', en: 'International Criminal Court', names: ['ICC'] },
  { code: 'IOC', name: 'Ủy ban Olympic Quốc tế', en: 'International Olympic Committee', names: ['IOC'] },
];
