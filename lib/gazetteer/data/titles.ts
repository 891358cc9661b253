/**
 * Titles and offices as the Vietnamese press writes them before a name or a country
 * ("Tổng thống Nga Putin", "Bộ trưởng Ngoại giao Trung Quốc Vương Nghị").
 * Forms never contain a country name, except the Emperor of Japan's ("Nhật hoàng", "Nhà vua Nhật
 * Bản", which must outrank "Nhà vua" = king); in "Đức Giáo hoàng" "Đức" is an honorific, not Germany.
 * A role ("Thủ tướng Trung Quốc") resolves to the leader holding an office with the same title id
 * (../offices.ts), so:
 * - words that always name the same office are forms of one title ("Ngoại trưởng", "Nhà ngoại giao
 *   hàng đầu" and "Bộ trưởng Bộ Ngoại giao" are all "bo-truong-ngoai-giao");
 * - where the press names one office with two titles that are also used apart ("Chủ tịch" /
 *   "Chủ tịch nước" for China, Laos and Cuba; "Thủ tướng" / "Thủ tướng Quốc vụ viện" for China;
 *   "Quốc vương" / "Tiểu vương" for Qatar and Kuwait), ./leaders.ts lists the office under both ids.
 * Pure data: see ../types.ts for the meaning of each field.
 */
import type { TitleEntry } from '../types';

export const TITLES: readonly TitleEntry[] = [
  // ── Heads of state ─────────────────────────────────────────────────────────
  { id: 'tong-thong', name: 'Tổng thống', en: 'President', rank: 'head-of-state' },
  { id: 'tong-thong-dac-cu', name: 'Tổng thống đắc cử', en: 'President-elect', rank: 'head-of-state', forms: ['Tổng thống tân cử'] },
  {
    id: 'quyen-tong-thong', name: 'Quyền Tổng thống', en: 'Acting President', rank: 'head-of-state',
    forms: ['Tổng thống lâm thời', 'Tổng thống tạm quyền'],
  },
  { id: 'chu-tich-nuoc', name: 'Chủ tịch nước', en: 'President', rank: 'head-of-state' },
  { id: 'quyen-chu-tich-nuoc', name: 'Quyền Chủ tịch nước', en: 'Acting President', rank: 'head-of-state' },
  { id: 'chu-tich', name: 'Chủ tịch', en: 'President', rank: 'head-of-state' },
  {
    id: 'chu-tich-uy-ban-quoc-vu', name: 'Chủ tịch Ủy ban Quốc vụ', en: 'President of the State Affairs',
    rank: 'head-of-state',
  },
  {
    id: 'lanh-tu-toi-cao', name: 'Lãnh tụ tối cao', en: 'Supreme Leader', rank: 'head-of-state',
    forms: ['Lãnh đạo tối cao', 'Đại giáo chủ'],
  },
  {
    id: 'chu-tich-hoi-dong-quan-ly-nha-nuoc', name: 'Chủ tịch Hội đồng Quản lý Nhà nước',
    en: 'Chairman of the State Administration Council', rank: 'head-of-state',
    forms: ['Chủ tịch Hội đồng Hành chính Nhà nước'],
  },
  // A Commonwealth realm's Governor-General stands for the monarch and takes calls as head of state.
  { id: 'toan-quyen', name: 'Toàn quyền', en: 'Governor-General', rank: 'head-of-state', forms: ['Tổng Toàn quyền'] },
  {
    id: 'giao-hoang', name: 'Giáo hoàng', en: 'Pope', rank: 'head-of-state',
    forms: ['Đức Giáo hoàng', 'Đức Thánh Cha'],
  },
  // ── Heads of government ────────────────────────────────────────────────────
  {
    id: 'thu-tuong', name: 'Thủ tướng', en: 'Prime Minister', rank: 'head-of-government',
    forms: ['Thủ tướng Chính phủ', 'Thủ tướng Liên bang'],
  },
  {
    id: 'quyen-thu-tuong', name: 'Quyền Thủ tướng', en: 'Acting Prime Minister', rank: 'head-of-government',
    forms: ['Thủ tướng lâm thời', 'Thủ tướng tạm quyền'],
  },
  { id: 'thu-tuong-dac-cu', name: 'Thủ tướng đắc cử', en: 'Prime Minister-elect', rank: 'head-of-government', forms: ['Thủ tướng tân cử'] },
  {
    id: 'thu-tuong-quoc-vu-vien', name: 'Thủ tướng Quốc vụ viện', en: 'Premier of the State Council',
    rank: 'head-of-government',
  },
  {
    id: 'thai-tu-kiem-thu-tuong', name: 'Thái tử kiêm Thủ tướng', en: 'Crown Prince and Prime Minister',
    rank: 'head-of-government',
  },
  { id: 'co-van-nha-nuoc', name: 'Cố vấn Nhà nước', en: 'State Counsellor', rank: 'head-of-government' },
  {
    id: 'co-van-truong', name: 'Cố vấn trưởng', en: 'Chief Adviser', rank: 'head-of-government',
    forms: ['Cố vấn trưởng Chính phủ lâm thời'],
  },
  // ── Monarchs and royals ────────────────────────────────────────────────────
  {
    id: 'quoc-vuong', name: 'Quốc vương', en: 'King', rank: 'monarch',
    forms: ['Nhà vua', 'Vua', 'Sultan'],
  },
  { id: 'nu-hoang', name: 'Nữ hoàng', en: 'Queen', rank: 'monarch', forms: ['Nữ vương'] },
  {
    id: 'hoang-de', name: 'Hoàng đế', en: 'Emperor', rank: 'monarch',
    forms: ['Nhật hoàng', 'Thiên hoàng', 'Nhà vua Nhật Bản'],
  },
  { id: 'tieu-vuong', name: 'Tiểu vương', en: 'Emir', rank: 'monarch', forms: ['Emir'] },
  { id: 'thai-tu', name: 'Thái tử', en: 'Crown Prince', rank: 'royal', forms: ['Hoàng Thái tử'] },
  // ── Party leaders ──────────────────────────────────────────────────────────
  { id: 'tong-bi-thu', name: 'Tổng Bí thư', en: 'General Secretary', rank: 'party-leader' },
  { id: 'bi-thu-thu-nhat', name: 'Bí thư thứ nhất', en: 'First Secretary', rank: 'party-leader' },
  // ── Heads of legislatures ──────────────────────────────────────────────────
  {
    id: 'chu-tich-quoc-hoi', name: 'Chủ tịch Quốc hội', en: 'Chairman of the National Assembly',
    rank: 'legislature-head', forms: ['Chủ tịch Nghị viện'],
  },
  {
    id: 'chu-tich-thuong-vien', name: 'Chủ tịch Thượng viện', en: 'President of the Senate',
    rank: 'legislature-head', forms: ['Chủ tịch Hội đồng Liên bang'],
  },
  {
    id: 'chu-tich-ha-vien', name: 'Chủ tịch Hạ viện', en: 'Speaker of the House',
    rank: 'legislature-head', forms: ['Chủ tịch Duma Quốc gia', 'Chủ tịch Duma', 'Chủ tịch Viện Dân biểu'],
  },
  {
    id: 'uy-vien-truong-nhan-dai', name: 'Ủy viên trưởng Ủy ban Thường vụ Nhân đại Toàn quốc',
    en: "Chairman of the National People's Congress Standing Committee", rank: 'legislature-head',
    forms: ['Ủy viên trưởng Nhân đại Toàn quốc', 'Ủy viên trưởng Nhân đại', 'Chủ tịch Nhân đại Toàn quốc'],
  },
  {
    id: 'chu-tich-chinh-hiep', name: 'Chủ tịch Chính hiệp Toàn quốc', en: 'Chairman of the CPPCC',
    rank: 'legislature-head', forms: ['Chủ tịch Chính hiệp'],
  },
  {
    id: 'chu-tich-nghi-vien-chau-au', name: 'Chủ tịch Nghị viện châu Âu', en: 'President of the European Parliament',
    rank: 'legislature-head', forms: ['Chủ tịch EP'],
  },
  // ── Foreign ministers ──────────────────────────────────────────────────────
  {
    id: 'bo-truong-ngoai-giao', name: 'Bộ trưởng Ngoại giao', en: 'Foreign Minister', rank: 'foreign-minister',
    forms: [
      'Ngoại trưởng', 'Quyền Ngoại trưởng', 'Bộ trưởng Bộ Ngoại giao', 'Quyền Bộ trưởng Ngoại giao', 'Quyền Bộ trưởng Bộ Ngoại giao',
      'Người đứng đầu ngành ngoại giao', 'Nhà ngoại giao hàng đầu', 'Nhà ngoại giao cao nhất', 'Người đứng đầu chính sách đối ngoại',
      'Bộ trưởng Đối ngoại', 'Bộ trưởng Các vấn đề đối ngoại',
      'Bộ trưởng Châu Âu và Ngoại giao', 'Bộ trưởng Ngoại giao và Hợp tác quốc tế',
      'Bộ trưởng Ngoại giao và Thương mại', 'Bộ trưởng Ngoại giao và Thương mại quốc tế',
      'Bộ trưởng Ngoại giao và Kinh tế đối ngoại', 'Bộ trưởng Quan hệ quốc tế và Hợp tác',
      'Bộ trưởng Bộ Ngoại giao và Hợp tác quốc tế', 'Bộ trưởng Bộ Ngoại giao và Thương mại', 'Bộ trưởng Bộ Ngoại giao và Thương mại quốc tế',
      'Bộ trưởng Bộ Ngoại giao và Kinh tế đối ngoại', 'Bộ trưởng Bộ Châu Âu và Ngoại giao',
      'Bộ trưởng Ngoại giao và Hợp tác', 'Bộ trưởng Bộ Ngoại giao và Hợp tác', 'Bộ trưởng Ngoại giao và Kiều bào',
      'Bộ trưởng Ngoại giao và Ngoại thương', 'Bộ trưởng Ngoại giao và Hợp tác Phát triển', 'Bộ trưởng Ngoại giao và Kiều dân',
    ],
  },
  {
    id: 'bo-truong-ngoai-giao-thu-hai', name: 'Bộ trưởng Ngoại giao thứ hai', en: 'Second Minister of Foreign Affairs',
    rank: 'foreign-minister', forms: ['Bộ trưởng Bộ Ngoại giao thứ hai'],
  },
  {
    id: 'dai-dien-cap-cao', name: 'Đại diện cấp cao', en: 'High Representative for Foreign Affairs and Security Policy',
    rank: 'foreign-minister',
    forms: [
      'Đại diện cấp cao về chính sách đối ngoại và an ninh', 'Đại diện cấp cao phụ trách chính sách đối ngoại và an ninh',
      'Đại diện cấp cao về an ninh và chính sách đối ngoại', 'Đại diện cấp cao về chính sách an ninh và đối ngoại',
      'Đại diện cấp cao về đối ngoại và chính sách an ninh',
    ],
  },
  // ── Other ministers ────────────────────────────────────────────────────────
  { id: 'bo-truong', name: 'Bộ trưởng', en: 'Minister', rank: 'minister', anyOfRank: true },
  // A minister over several ministries in Indonesia, Malaysia and Singapore ("Bộ trưởng Điều phối Hàng hải và Đầu tư").
  { id: 'bo-truong-dieu-phoi', name: 'Bộ trưởng Điều phối', en: 'Coordinating Minister', rank: 'minister' },
  // A junior minister of a British or Commonwealth ministry ("Quốc vụ khanh Bộ Ngoại giao Anh phụ trách châu Á").
  { id: 'quoc-vu-khanh', name: 'Quốc vụ khanh', en: 'Minister of State', rank: 'minister' },
  {
    id: 'bo-truong-quoc-phong', name: 'Bộ trưởng Quốc phòng', en: 'Minister of Defence', rank: 'minister',
    forms: ['Bộ trưởng Bộ Quốc phòng'],
  },
  {
    id: 'bo-truong-chien-tranh', name: 'Bộ trưởng Chiến tranh', en: 'Secretary of War', rank: 'minister',
    forms: ['Bộ trưởng Bộ Chiến tranh'],
  },
  {
    id: 'bo-truong-tai-chinh', name: 'Bộ trưởng Tài chính', en: 'Minister of Finance', rank: 'minister',
    forms: ['Bộ trưởng Bộ Tài chính'],
  },
  {
    id: 'bo-truong-thuong-mai', name: 'Bộ trưởng Thương mại', en: 'Minister of Trade', rank: 'minister',
    forms: ['Bộ trưởng Bộ Thương mại'],
  },
  {
    id: 'bo-truong-cong-an', name: 'Bộ trưởng Công an', en: 'Minister of Public Security', rank: 'minister',
    forms: ['Bộ trưởng Bộ Công an'],
  },
  { id: 'uy-vien-quoc-vu', name: 'Ủy viên Quốc vụ', en: 'State Councilor', rank: 'minister' },
  { id: 'chanh-van-phong-noi-cac', name: 'Chánh văn phòng Nội các', en: 'Chief Cabinet Secretary', rank: 'minister' },
  { id: 'thong-doc', name: 'Thống đốc', en: 'Governor', rank: 'minister', governsPlace: true },
  { id: 'thu-hien', name: 'Thủ hiến', en: 'First Minister', rank: 'minister', forms: ['Thủ hiến bang'] },
  // ── Deputies ───────────────────────────────────────────────────────────────
  {
    id: 'pho-tong-thong', name: 'Phó Tổng thống', en: 'Vice President', rank: 'deputy',
    forms: ['Phó Tổng thống thứ nhất'],
  },
  {
    id: 'pho-thu-tuong', name: 'Phó Thủ tướng', en: 'Deputy Prime Minister', rank: 'deputy',
    forms: [
      'Phó Thủ tướng Chính phủ', 'Phó Thủ tướng thường trực', 'Phó Thủ tướng Thường trực Chính phủ',
      'Phó Thủ tướng Quốc vụ viện', 'Phó Thủ tướng Thường trực Quốc vụ viện', 'Phó Thủ tướng thứ nhất',
    ],
  },
  { id: 'pho-chu-tich-nuoc', name: 'Phó Chủ tịch nước', en: 'Vice President', rank: 'deputy' },
  { id: 'pho-chu-tich', name: 'Phó Chủ tịch', en: 'Vice President', rank: 'deputy' },
  {
    id: 'thu-truong-ngoai-giao', name: 'Thứ trưởng Ngoại giao', en: 'Deputy Foreign Minister', rank: 'deputy',
    forms: [
      'Thứ trưởng Bộ Ngoại giao', 'Thứ trưởng Thường trực Bộ Ngoại giao', 'Thứ trưởng Ngoại giao thứ nhất',
      'Phó Ngoại trưởng', 'Thứ trưởng Ngoại giao thường trực',
    ],
  },
  { id: 'thu-truong', name: 'Thứ trưởng', en: 'Deputy Minister', rank: 'deputy', anyOfRank: true },
  // An office below the deputy ministers in many foreign ministries ("Trợ lý Ngoại trưởng Mỹ phụ trách Đông Á"); not the
  // leader's aide ("Trợ lý Tổng thống"), who speaks of calls more than he holds them.
  { id: 'tro-ly-ngoai-truong', name: 'Trợ lý Ngoại trưởng', en: 'Assistant Foreign Minister', rank: 'deputy', forms: ['Trợ lý Bộ trưởng Ngoại giao'] },
  { id: 'tro-ly-bo-truong', name: 'Trợ lý Bộ trưởng', en: 'Assistant Minister', rank: 'deputy' },
  { id: 'pho-tong-thu-ky', name: 'Phó Tổng Thư ký', en: 'Deputy Secretary-General', rank: 'deputy' },
  // ── Heads of international organisations ───────────────────────────────────
  { id: 'tong-thu-ky', name: 'Tổng Thư ký', en: 'Secretary-General', rank: 'org-head' },
  {
    id: 'chu-tich-uy-ban-chau-au', name: 'Chủ tịch Ủy ban châu Âu', en: 'President of the European Commission',
    rank: 'org-head', forms: ['Chủ tịch EC', 'Chủ tịch Ủy ban Liên minh châu Âu'],
  },
  {
    id: 'chu-tich-hoi-dong-chau-au', name: 'Chủ tịch Hội đồng châu Âu', en: 'President of the European Council',
    rank: 'org-head',
  },
  {
    id: 'tong-giam-doc', name: 'Tổng Giám đốc', en: 'Director-General', rank: 'org-head',
    forms: ['Tổng Giám đốc điều hành'],
  },
  // An agency's or a programme's head ("Giám đốc điều hành Chương trình COVAX", "… UNICEF"): a party only by the
  // body after it, as a company's chief executive never is one.
  { id: 'giam-doc-dieu-hanh', name: 'Giám đốc điều hành', en: 'Executive Director', rank: 'org-head' },
  // A state agency's director ("Giám đốc Cục Điều tra Liên bang Mỹ (FBI)", "Giám đốc CIA", "Giám đốc Sở Ngoại vụ …"): his
  // country is his agency's.
  { id: 'giam-doc', name: 'Giám đốc', en: 'Director', rank: 'official', forms: ['Phó Giám đốc'] },
  // ── Envoys, advisers and aides ─────────────────────────────────────────────
  {
    id: 'co-van-an-ninh-quoc-gia', name: 'Cố vấn An ninh Quốc gia', en: 'National Security Adviser', rank: 'envoy',
    forms: ['Trợ lý Tổng thống về an ninh quốc gia'],
  },
  {
    id: 'thu-ky-hoi-dong-an-ninh', name: 'Thư ký Hội đồng An ninh', en: 'Secretary of the Security Council', rank: 'envoy',
    forms: [
      'Thư ký Hội đồng An ninh Quốc gia', 'Thư ký Hội đồng An ninh Quốc gia Tối cao',
      'Thư ký Hội đồng An ninh và Quốc phòng Quốc gia',
    ],
  },
  { id: 'tro-ly-tong-thong', name: 'Trợ lý Tổng thống', en: 'Presidential Aide', rank: 'envoy' },
  {
    id: 'chanh-van-phong-tong-thong', name: 'Chánh văn phòng Tổng thống', en: 'Head of the Presidential Office',
    rank: 'envoy', forms: ['Người đứng đầu Văn phòng Tổng thống', 'Chánh văn phòng Phủ Tổng thống'],
  },
  {
    id: 'chu-nhiem-van-phong-doi-ngoai', name: 'Chủ nhiệm Văn phòng Ủy ban Công tác Đối ngoại Trung ương',
    en: 'Director of the Office of the Central Foreign Affairs Commission', rank: 'envoy',
    forms: ['Chủ nhiệm Văn phòng Ủy ban Đối ngoại Trung ương'],
  },
  {
    id: 'dac-phai-vien', name: 'Đặc phái viên', en: 'Special Envoy', rank: 'envoy',
    forms: ['Đặc phái viên đặc biệt', 'Đặc sứ'],
  },
  { id: 'dai-su', name: 'Đại sứ', en: 'Ambassador', rank: 'envoy', forms: ['Đại sứ đặc mệnh toàn quyền'] },
  // ── Party, military, parliamentary and agency offices (read with the body that follows) ──
  {
    id: 'truong-ban', name: 'Trưởng ban', en: 'Head of Department', rank: 'official',
    forms: ['Bộ trưởng Ban'],
  },
  { id: 'pho-truong-ban', name: 'Phó Trưởng ban', en: 'Deputy Head of Department', rank: 'official' },
  {
    id: 'thuong-truc-ban-bi-thu', name: 'Thường trực Ban Bí thư', en: 'Standing Member of the Secretariat',
    rank: 'official', forms: ['Ủy viên Thường trực Ban Bí thư', 'Uỷ viên Thường trực Ban Bí thư'],
  },
  { id: 'bi-thu', name: 'Bí thư', en: 'Secretary', rank: 'official' },
  { id: 'pho-bi-thu', name: 'Phó Bí thư', en: 'Deputy Secretary', rank: 'official' },
  { id: 'chu-nhiem', name: 'Chủ nhiệm', en: 'Director', rank: 'official' },
  { id: 'tong-kiem-toan', name: 'Tổng Kiểm toán', en: 'Auditor General', rank: 'official', forms: ['Tổng Kiểm toán Nhà nước'] },
  { id: 'pho-chu-nhiem', name: 'Phó Chủ nhiệm', en: 'Deputy Director', rank: 'official' },
  { id: 'tong-tham-muu-truong', name: 'Tổng Tham mưu trưởng', en: 'Chief of the General Staff', rank: 'official', forms: ['Tham mưu trưởng'] },
  { id: 'tu-lenh', name: 'Tư lệnh', en: 'Commander', rank: 'official', forms: ['Tổng Tư lệnh', 'Chính ủy', 'Chính uỷ'] },
  {
    id: 'dai-dien-thuong-mai', name: 'Đại diện Thương mại', en: 'Trade Representative', rank: 'official',
    forms: ['Trưởng đại diện Thương mại'],
  },
  { id: 'cao-uy', name: 'Cao ủy', en: 'High Commissioner', rank: 'official', forms: ['Cao uỷ', 'Ủy viên châu Âu', 'Uỷ viên châu Âu'] },
  { id: 'thi-truong', name: 'Thị trưởng', en: 'Mayor', rank: 'official', governsPlace: true },
  { id: 'chanh-van-phong', name: 'Chánh Văn phòng', en: 'Chief of Staff', rank: 'official', forms: ['Phó Chánh Văn phòng'] },
  { id: 'tinh-truong', name: 'Tỉnh trưởng', en: 'Provincial Governor', rank: 'official' },
  {
    id: 'truong-co-quan', name: 'Cục trưởng', en: 'Director-General', rank: 'official',
    forms: ['Tổng cục trưởng', 'Vụ trưởng', 'Viện trưởng', 'Chủ tịch Ủy ban', 'Chủ tịch Uỷ ban'],
  },
  // ── Memberships and grades (the office after them is the one shown) ─────────
  {
    id: 'uy-vien', name: 'Ủy viên', en: 'Member', rank: 'grade',
    forms: ['Uỷ viên', 'Ủy viên Bộ Chính trị', 'Uỷ viên Bộ Chính trị', 'Ủy viên Trung ương Đảng', 'Uỷ viên Trung ương Đảng'],
  },
  {
    id: 'cap-bac-quan-su', name: 'Đại tướng', en: 'General', rank: 'grade',
    forms: [
      'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đô đốc', 'Phó Đô đốc', 'Chuẩn Đô đốc', 'Nguyên soái',
      'Thống chế', 'Đại tá', 'Thượng tướng Hải quân', 'Đại tướng Không quân', 'Tướng',
    ],
  },
  // ── Generic descriptors (resolved to the country's top office holder) ──────
  { id: 'nha-lanh-dao', name: 'Nhà lãnh đạo', en: 'Leader', rank: 'leader', forms: ['Lãnh đạo'] },
  { id: 'nguyen-thu', name: 'Nguyên thủ', en: 'Head of state', rank: 'leader', forms: ['Nguyên thủ quốc gia'] },
  {
    id: 'nguoi-dung-dau', name: 'Người đứng đầu', en: 'Head', rank: 'leader',
    forms: ['Người đứng đầu Nhà nước', 'Người đứng đầu Chính phủ', 'Người đứng đầu chính quyền'],
  },
  // ── Counterpart ────────────────────────────────────────────────────────────
  { id: 'nguoi-dong-cap', name: 'Người đồng cấp', en: 'Counterpart', rank: 'counterpart', forms: ['Người đồng nhiệm', 'Người đồng nghiệp', 'Vị tương nhiệm', 'Người tương nhiệm', 'Vị đồng nhiệm'] },
];

/**
 * Titles of Vietnam's own offices: written bare ("Thủ tướng", "Chủ tịch nước") in Vietnamese news they
 * are Vietnam's. "Tổng thống", "Quốc vương" or "Thủ tướng Quốc vụ viện" never are: written bare they
 * stand for the foreign leader the article is about.
 */
export const VIETNAMESE_OFFICE_TITLES: readonly string[] = [
  'thu-tuong', 'chu-tich-nuoc', 'chu-tich', 'tong-bi-thu', 'chu-tich-quoc-hoi', 'bo-truong-ngoai-giao', 'pho-thu-tuong',
  'pho-chu-tich-nuoc', 'quyen-chu-tich-nuoc',
];
