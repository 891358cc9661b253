/**
 * People who hold or held the offices a call report names: heads of state and government,
 * foreign ministers and a few other regular callers (defence ministers, envoys, heads of
 * international bodies), with their offices since about 2015.
 * Dates are "YYYY-MM-DD" when known, else "YYYY"; no `to` while still in office (as far as
 * known when this table was written, late 2026).
 * An office the press names with two titles is listed under both title ids (see ./titles.ts).
 * `name` is matched like a variant, so it is always a full, unambiguous name.
 * Pure data: see ../types.ts for the meaning of each field.
 */
import type { LeaderEntry } from '../types';

export const LEADERS: readonly LeaderEntry[] = [
  // ══ Việt Nam ═══════════════════════════════════════════════════════════════
  {
    id: 'nguyen-phu-trong', name: 'Nguyễn Phú Trọng', country: 'VN',
    variants: ['Nguyễn Phú Trọng', 'Nguyen Phu Trong'], titledForms: ['Trọng'],
    offices: [
      { title: 'tong-bi-thu', from: '2011-01-19', to: '2024-07-19' },
      { title: 'chu-tich-nuoc', from: '2018-10-23', to: '2021-04-05' },
    ],
  },
  {
    id: 'to-lam', name: 'Tô Lâm', country: 'VN',
    variants: ['Tô Lâm', 'To Lam'], titledForms: ['Lâm'],
    offices: [
      { title: 'bo-truong-cong-an', from: '2016-04-09', to: '2024-05-22' },
      { title: 'chu-tich-nuoc', from: '2024-05-22', to: '2024-10-21' },
      { title: 'tong-bi-thu', from: '2024-08-03' },
    ],
  },
  {
    id: 'truong-tan-sang', name: 'Trương Tấn Sang', country: 'VN',
    variants: ['Trương Tấn Sang', 'Truong Tan Sang'], titledForms: ['Sang'],
    offices: [{ title: 'chu-tich-nuoc', from: '2011-07-25', to: '2016-04-02' }],
  },
  {
    id: 'tran-dai-quang', name: 'Trần Đại Quang', country: 'VN',
    variants: ['Trần Đại Quang', 'Tran Dai Quang'], titledForms: ['Quang'],
    offices: [
      { title: 'bo-truong-cong-an', from: '2011-08-03', to: '2016-04-09' },
      { title: 'chu-tich-nuoc', from: '2016-04-02', to: '2018-09-21' },
    ],
  },
  {
    id: 'dang-thi-ngoc-thinh', name: 'Đặng Thị Ngọc Thịnh', country: 'VN',
    variants: ['Đặng Thị Ngọc Thịnh', 'Dang Thi Ngoc Thinh'], titledForms: ['Thịnh'],
    offices: [
      { title: 'pho-chu-tich-nuoc', from: '2016-04-08', to: '2021-04-06' },
      { title: 'quyen-chu-tich-nuoc', from: '2018-09-23', to: '2018-10-23' },
    ],
  },
  {
    id: 'nguyen-xuan-phuc', name: 'Nguyễn Xuân Phúc', country: 'VN',
    variants: ['Nguyễn Xuân Phúc', 'Nguyen Xuan Phuc'], titledForms: ['Phúc'],
    offices: [
      { title: 'pho-thu-tuong', from: '2011-08-03', to: '2016-04-07' },
      { title: 'thu-tuong', from: '2016-04-07', to: '2021-04-05' },
      { title: 'chu-tich-nuoc', from: '2021-04-05', to: '2023-01-18' },
    ],
  },
  {
    id: 'vo-van-thuong', name: 'Võ Văn Thưởng', country: 'VN',
    variants: ['Võ Văn Thưởng', 'Vo Van Thuong'], titledForms: ['Thưởng'],
    offices: [{ title: 'chu-tich-nuoc', from: '2023-03-02', to: '2024-03-21' }],
  },
  {
    id: 'vo-thi-anh-xuan', name: 'Võ Thị Ánh Xuân', country: 'VN',
    variants: ['Võ Thị Ánh Xuân', 'Vo Thi Anh Xuan'], titledForms: ['Xuân', 'Ánh Xuân'],
    offices: [
      { title: 'pho-chu-tich-nuoc', from: '2021-04-06' },
      { title: 'quyen-chu-tich-nuoc', from: '2023-01-18', to: '2023-03-02' },
      { title: 'quyen-chu-tich-nuoc', from: '2024-03-21', to: '2024-05-22' },
    ],
  },
  {
    id: 'luong-cuong', name: 'Lương Cường', country: 'VN',
    variants: ['Lương Cường', 'Luong Cuong'], titledForms: ['Cường'],
    offices: [{ title: 'chu-tich-nuoc', from: '2024-10-21' }],
  },
  {
    id: 'nguyen-tan-dung', name: 'Nguyễn Tấn Dũng', country: 'VN',
    variants: ['Nguyễn Tấn Dũng', 'Nguyen Tan Dung'], titledForms: ['Dũng'],
    offices: [{ title: 'thu-tuong', from: '2006-06-27', to: '2016-04-07' }],
  },
  {
    id: 'pham-minh-chinh', name: 'Phạm Minh Chính', country: 'VN',
    variants: ['Phạm Minh Chính', 'Pham Minh Chinh'], titledForms: ['Chính'],
    offices: [{ title: 'thu-tuong', from: '2021-04-05' }],
  },
  {
    id: 'nguyen-sinh-hung', name: 'Nguyễn Sinh Hùng', country: 'VN',
    variants: ['Nguyễn Sinh Hùng', 'Nguyen Sinh Hung'], titledForms: ['Hùng'],
    offices: [{ title: 'chu-tich-quoc-hoi', from: '2011-07-23', to: '2016-03-31' }],
  },
  {
    id: 'nguyen-thi-kim-ngan', name: 'Nguyễn Thị Kim Ngân', country: 'VN',
    variants: ['Nguyễn Thị Kim Ngân', 'Nguyen Thi Kim Ngan'], titledForms: ['Ngân', 'Kim Ngân'],
    offices: [{ title: 'chu-tich-quoc-hoi', from: '2016-03-31', to: '2021-03-31' }],
  },
  {
    id: 'vuong-dinh-hue', name: 'Vương Đình Huệ', country: 'VN',
    variants: ['Vương Đình Huệ', 'Vuong Dinh Hue'], titledForms: ['Huệ'],
    offices: [
      { title: 'pho-thu-tuong', from: '2016-04-09', to: '2020-02-07' },
      { title: 'chu-tich-quoc-hoi', from: '2021-03-31', to: '2024-05-02' },
    ],
  },
  {
    id: 'tran-thanh-man', name: 'Trần Thanh Mẫn', country: 'VN',
    variants: ['Trần Thanh Mẫn', 'Tran Thanh Man'], titledForms: ['Mẫn'],
    offices: [{ title: 'chu-tich-quoc-hoi', from: '2024-05-20' }],
  },
  {
    id: 'pham-binh-minh', name: 'Phạm Bình Minh', country: 'VN',
    variants: ['Phạm Bình Minh', 'Pham Binh Minh'], titledForms: ['Minh'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2011-08-03', to: '2021-04-08' },
      { title: 'pho-thu-tuong', from: '2013-11-13', to: '2023-01-05' },
    ],
  },
  {
    id: 'bui-thanh-son', name: 'Bùi Thanh Sơn', country: 'VN',
    variants: ['Bùi Thanh Sơn', 'Bui Thanh Son'], titledForms: ['Sơn'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2021-04-08', to: '2025' },
      { title: 'pho-thu-tuong', from: '2025' },
    ],
  },
  {
    id: 'le-hoai-trung', name: 'Lê Hoài Trung', country: 'VN',
    variants: ['Lê Hoài Trung', 'Le Hoai Trung'], titledForms: ['Trung'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2025' },
      { title: 'truong-ban', from: '2021', to: '2025' },
    ],
  },
  {
    id: 'ngo-xuan-lich', name: 'Ngô Xuân Lịch', country: 'VN',
    variants: ['Ngô Xuân Lịch', 'Ngo Xuan Lich'], titledForms: ['Lịch'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2016-04-09', to: '2021-04-08' }],
  },
  {
    id: 'phan-van-giang', name: 'Phan Văn Giang', country: 'VN',
    variants: ['Phan Văn Giang', 'Phan Van Giang'], titledForms: ['Giang'],
    offices: [
      { title: 'bo-truong-quoc-phong', from: '2021-04-08' },
      { title: 'tong-tham-muu-truong', from: '2016', to: '2021' },
    ],
  },
  {
    id: 'le-luong-minh', name: 'Lê Lương Minh', country: 'VN',
    variants: ['Lê Lương Minh', 'Le Luong Minh'],
    offices: [{ title: 'tong-thu-ky', of: 'ASEAN', from: '2013-01-01', to: '2017-12-31' }],
  },
  {
    id: 'phung-quang-thanh', name: 'Phùng Quang Thanh', country: 'VN',
    variants: ['Phùng Quang Thanh', 'Phung Quang Thanh'], titledForms: ['Thanh'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2006-06-28', to: '2016-04-09' }],
  },
  {
    id: 'luong-tam-quang', name: 'Lương Tam Quang', country: 'VN',
    variants: ['Lương Tam Quang', 'Luong Tam Quang'],
    offices: [{ title: 'bo-truong-cong-an', from: '2024-06-06' }],
  },
  {
    id: 'vu-huy-hoang', name: 'Vũ Huy Hoàng', country: 'VN',
    variants: ['Vũ Huy Hoàng', 'Vu Huy Hoang'],
    offices: [{ title: 'bo-truong-thuong-mai', from: '2007', to: '2016-04-09' }],
  },
  {
    id: 'tran-tuan-anh', name: 'Trần Tuấn Anh', country: 'VN',
    variants: ['Trần Tuấn Anh', 'Tran Tuan Anh'], titledForms: ['Tuấn Anh'],
    offices: [{ title: 'bo-truong-thuong-mai', from: '2016-04-09', to: '2021-04-08' }],
  },
  {
    id: 'nguyen-hong-dien', name: 'Nguyễn Hồng Diên', country: 'VN',
    variants: ['Nguyễn Hồng Diên', 'Nguyen Hong Dien'], titledForms: ['Diên'],
    offices: [{ title: 'bo-truong-thuong-mai', from: '2021-04-08' }],
  },
  {
    id: 'hoang-trung-hai', name: 'Hoàng Trung Hải', country: 'VN',
    variants: ['Hoàng Trung Hải', 'Hoang Trung Hai'], titledForms: ['Hải'],
    offices: [{ title: 'pho-thu-tuong', from: '2007', to: '2016-04-09' }],
  },
  {
    id: 'nguyen-thien-nhan', name: 'Nguyễn Thiện Nhân', country: 'VN',
    variants: ['Nguyễn Thiện Nhân', 'Nguyen Thien Nhan'],
    offices: [{ title: 'pho-thu-tuong', from: '2007', to: '2013' }],
  },
  {
    id: 'vu-van-ninh', name: 'Vũ Văn Ninh', country: 'VN',
    variants: ['Vũ Văn Ninh', 'Vu Van Ninh'], titledForms: ['Ninh'],
    offices: [{ title: 'pho-thu-tuong', from: '2013-11-13', to: '2016-04-09' }],
  },
  {
    id: 'vu-duc-dam', name: 'Vũ Đức Đam', country: 'VN',
    variants: ['Vũ Đức Đam', 'Vu Duc Dam'], titledForms: ['Đam'],
    offices: [{ title: 'pho-thu-tuong', from: '2013-11-13', to: '2023-01-05' }],
  },
  {
    id: 'truong-hoa-binh', name: 'Trương Hòa Bình', country: 'VN',
    variants: ['Trương Hòa Bình', 'Trương Hoà Bình', 'Truong Hoa Binh'],
    offices: [{ title: 'pho-thu-tuong', from: '2016-04-09', to: '2021-04-08' }],
  },
  {
    id: 'trinh-dinh-dung', name: 'Trịnh Đình Dũng', country: 'VN',
    variants: ['Trịnh Đình Dũng', 'Trinh Dinh Dung'],
    offices: [{ title: 'pho-thu-tuong', from: '2016-04-09', to: '2021-04-08' }],
  },
  {
    id: 'le-minh-khai', name: 'Lê Minh Khái', country: 'VN',
    variants: ['Lê Minh Khái', 'Le Minh Khai'], titledForms: ['Khái'],
    offices: [{ title: 'pho-thu-tuong', from: '2021-04-08', to: '2024' }],
  },
  {
    id: 'le-van-thanh', name: 'Lê Văn Thành', country: 'VN',
    variants: ['Lê Văn Thành', 'Le Van Thanh'],
    offices: [{ title: 'pho-thu-tuong', from: '2021-04-08', to: '2023-06-07' }],
  },
  {
    id: 'tran-hong-ha', name: 'Trần Hồng Hà', country: 'VN',
    variants: ['Trần Hồng Hà', 'Tran Hong Ha'], titledForms: ['Hà'],
    offices: [
      { title: 'bo-truong', from: '2016-04-09', to: '2023-01-05' },
      { title: 'pho-thu-tuong', from: '2023-01-05' },
    ],
  },
  {
    id: 'tran-luu-quang', name: 'Trần Lưu Quang', country: 'VN',
    variants: ['Trần Lưu Quang', 'Tran Luu Quang'],
    offices: [{ title: 'pho-thu-tuong', from: '2023-01-05', to: '2024' }],
  },
  {
    id: 'nguyen-hoa-binh', name: 'Nguyễn Hòa Bình', country: 'VN',
    variants: ['Nguyễn Hòa Bình', 'Nguyen Hoa Binh', 'Nguyễn Hoà Bình'],
    offices: [{ title: 'pho-thu-tuong', from: '2024' }],
  },
  {
    id: 'ho-duc-phoc', name: 'Hồ Đức Phớc', country: 'VN',
    variants: ['Hồ Đức Phớc', 'Ho Duc Phoc'], titledForms: ['Phớc'],
    offices: [
      { title: 'bo-truong-tai-chinh', from: '2021-04-08', to: '2024' },
      { title: 'pho-thu-tuong', from: '2024' },
    ],
  },
  {
    id: 'nguyen-chi-dung', name: 'Nguyễn Chí Dũng', country: 'VN',
    variants: ['Nguyễn Chí Dũng', 'Nguyen Chi Dung'],
    offices: [
      { title: 'bo-truong', from: '2016-04-09', to: '2025' },
      { title: 'pho-thu-tuong', from: '2025' },
    ],
  },
  {
    id: 'mai-van-chinh', name: 'Mai Văn Chính', country: 'VN',
    variants: ['Mai Văn Chính', 'Mai Van Chinh'],
    offices: [{ title: 'pho-thu-tuong', from: '2025' }],
  },
  {
    id: 'dinh-tien-dung', name: 'Đinh Tiến Dũng', country: 'VN',
    variants: ['Đinh Tiến Dũng', 'Dinh Tien Dung'],
    offices: [{ title: 'bo-truong-tai-chinh', from: '2013', to: '2021-04-08' }],
  },
  {
    id: 'nguyen-van-thang', name: 'Nguyễn Văn Thắng', country: 'VN',
    variants: ['Nguyễn Văn Thắng', 'Nguyen Van Thang'], titledForms: ['Thắng'],
    offices: [
      { title: 'bo-truong', from: '2022', to: '2024' },
      { title: 'bo-truong-tai-chinh', from: '2024' },
    ],
  },
  {
    id: 'bui-quang-vinh', name: 'Bùi Quang Vinh', country: 'VN',
    variants: ['Bùi Quang Vinh', 'Bui Quang Vinh'], titledForms: ['Vinh'],
    offices: [{ title: 'bo-truong', from: '2011', to: '2016-04-09' }],
  },
  {
    id: 'dang-quoc-khanh', name: 'Đặng Quốc Khánh', country: 'VN',
    variants: ['Đặng Quốc Khánh', 'Dang Quoc Khanh'], titledForms: ['Khánh'],
    offices: [{ title: 'bo-truong', from: '2023', to: '2025' }],
  },
  {
    id: 'dinh-la-thang', name: 'Đinh La Thăng', country: 'VN',
    variants: ['Đinh La Thăng', 'Dinh La Thang'], titledForms: ['Thăng'],
    offices: [{ title: 'bo-truong', from: '2011', to: '2016-04-09' }],
  },
  {
    id: 'nguyen-van-the', name: 'Nguyễn Văn Thể', country: 'VN',
    variants: ['Nguyễn Văn Thể', 'Nguyen Van The'], titledForms: ['Thể'],
    offices: [{ title: 'bo-truong', from: '2016-04-09', to: '2022' }],
  },
  {
    id: 'cao-duc-phat', name: 'Cao Đức Phát', country: 'VN',
    variants: ['Cao Đức Phát', 'Cao Duc Phat'], titledForms: ['Phát'],
    offices: [{ title: 'bo-truong', from: '2004', to: '2016-04-09' }],
  },
  {
    id: 'nguyen-xuan-cuong', name: 'Nguyễn Xuân Cường', country: 'VN',
    variants: ['Nguyễn Xuân Cường', 'Nguyen Xuan Cuong'],
    offices: [{ title: 'bo-truong', from: '2016-04-09', to: '2021' }],
  },
  {
    id: 'le-minh-hoan', name: 'Lê Minh Hoan', country: 'VN',
    variants: ['Lê Minh Hoan', 'Le Minh Hoan'], titledForms: ['Hoan'],
    offices: [{ title: 'bo-truong', from: '2021', to: '2024' }],
  },
  {
    id: 'nguyen-thi-kim-tien', name: 'Nguyễn Thị Kim Tiến', country: 'VN',
    variants: ['Nguyễn Thị Kim Tiến', 'Nguyen Thi Kim Tien'], titledForms: ['Kim Tiến'],
    offices: [{ title: 'bo-truong', from: '2011', to: '2019' }],
  },
  {
    id: 'nguyen-thanh-long', name: 'Nguyễn Thanh Long', country: 'VN',
    variants: ['Nguyễn Thanh Long', 'Nguyen Thanh Long'], titledForms: ['Long'],
    offices: [{ title: 'bo-truong', from: '2020', to: '2022' }],
  },
  {
    id: 'hoang-binh-quan', name: 'Hoàng Bình Quân', country: 'VN',
    variants: ['Hoàng Bình Quân', 'Hoang Binh Quan'],
    offices: [{ title: 'truong-ban', from: '2011', to: '2021' }],
  },
  {
    id: 'do-ba-ty', name: 'Đỗ Bá Tỵ', country: 'VN',
    variants: ['Đỗ Bá Tỵ', 'Do Ba Ty'], titledForms: ['Tỵ'],
    offices: [{ title: 'tong-tham-muu-truong', from: '2010', to: '2016' }],
  },
  {
    id: 'nguyen-tan-cuong', name: 'Nguyễn Tân Cương', country: 'VN',
    variants: ['Nguyễn Tân Cương', 'Nguyen Tan Cuong'], titledForms: ['Tân Cương'],
    offices: [{ title: 'tong-tham-muu-truong', from: '2021' }],
  },

  // ══ Trung Quốc, Đài Loan ═══════════════════════════════════════════════════
  {
    id: 'xi-jinping', name: 'Tập Cận Bình', country: 'CN',
    variants: ['Tập Cận Bình', 'Xi Jinping', 'Xi Jin Ping'], titledForms: ['Tập', 'Xi'],
    offices: [
      { title: 'tong-bi-thu', from: '2012-11-15' },
      { title: 'chu-tich', from: '2013-03-14' },
      { title: 'chu-tich-nuoc', from: '2013-03-14' },
    ],
  },
  {
    id: 'li-keqiang', name: 'Lý Khắc Cường', country: 'CN',
    variants: ['Lý Khắc Cường', 'Li Keqiang', 'Li Ke Qiang'], titledForms: ['Lý', 'Li'],
    offices: [
      { title: 'thu-tuong-quoc-vu-vien', from: '2013-03-15', to: '2023-03-11' },
      { title: 'thu-tuong', from: '2013-03-15', to: '2023-03-11' },
    ],
  },
  {
    id: 'li-qiang', name: 'Lý Cường', country: 'CN',
    variants: ['Lý Cường', 'Li Qiang'], titledForms: ['Lý', 'Li'],
    offices: [
      { title: 'thu-tuong-quoc-vu-vien', from: '2023-03-11' },
      { title: 'thu-tuong', from: '2023-03-11' },
    ],
  },
  {
    id: 'wang-yi', name: 'Vương Nghị', country: 'CN',
    variants: ['Vương Nghị', 'Wang Yi'], titledForms: ['Vương', 'Wang'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2013-03-16', to: '2022-12-30' },
      { title: 'uy-vien-quoc-vu', from: '2018-03-19', to: '2023-03-12' },
      { title: 'chu-nhiem-van-phong-doi-ngoai', from: '2023' },
      { title: 'bo-truong-ngoai-giao', from: '2023-07-25' },
    ],
  },
  {
    id: 'qin-gang', name: 'Tần Cương', country: 'CN',
    variants: ['Tần Cương', 'Qin Gang'], titledForms: ['Tần', 'Qin'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2022-12-30', to: '2023-07-25' },
      { title: 'uy-vien-quoc-vu', from: '2023-03-12', to: '2023-10-24' },
    ],
  },
  {
    id: 'yang-jiechi', name: 'Dương Khiết Trì', country: 'CN',
    variants: ['Dương Khiết Trì', 'Yang Jiechi'], titledForms: ['Dương', 'Yang'],
    offices: [
      { title: 'uy-vien-quoc-vu', from: '2013-03-16', to: '2018-03-19' },
      { title: 'chu-nhiem-van-phong-doi-ngoai', from: '2013', to: '2023' },
    ],
  },
  {
    id: 'wang-qishan', name: 'Vương Kỳ Sơn', country: 'CN',
    variants: ['Vương Kỳ Sơn', 'Wang Qishan'], titledForms: ['Vương', 'Wang'],
    offices: [
      { title: 'pho-chu-tich', from: '2018-03-17', to: '2023-03-10' },
      { title: 'pho-chu-tich-nuoc', from: '2018-03-17', to: '2023-03-10' },
    ],
  },
  {
    id: 'li-yuanchao', name: 'Lý Nguyên Triều', country: 'CN',
    variants: ['Lý Nguyên Triều', 'Li Yuanchao'], titledForms: ['Lý', 'Li'],
    offices: [
      { title: 'pho-chu-tich', from: '2013-03-14', to: '2018-03-17' },
      { title: 'pho-chu-tich-nuoc', from: '2013-03-14', to: '2018-03-17' },
    ],
  },
  {
    id: 'han-zheng', name: 'Hàn Chính', country: 'CN',
    variants: ['Hàn Chính', 'Han Zheng'], titledForms: ['Hàn', 'Han'],
    offices: [
      { title: 'pho-thu-tuong', from: '2018-03-19', to: '2023-03-12' },
      { title: 'pho-chu-tich', from: '2023-03-10' },
      { title: 'pho-chu-tich-nuoc', from: '2023-03-10' },
    ],
  },
  {
    id: 'zhang-dejiang', name: 'Trương Đức Giang', country: 'CN',
    variants: ['Trương Đức Giang', 'Zhang Dejiang'], titledForms: ['Trương', 'Zhang'],
    offices: [
      { title: 'uy-vien-truong-nhan-dai', from: '2013-03-14', to: '2018-03-17' },
      { title: 'chu-tich-quoc-hoi', from: '2013-03-14', to: '2018-03-17' },
    ],
  },
  {
    id: 'li-zhanshu', name: 'Lật Chiến Thư', country: 'CN',
    variants: ['Lật Chiến Thư', 'Li Zhanshu'], titledForms: ['Lật', 'Li'],
    offices: [
      { title: 'uy-vien-truong-nhan-dai', from: '2018-03-17', to: '2023-03-10' },
      { title: 'chu-tich-quoc-hoi', from: '2018-03-17', to: '2023-03-10' },
    ],
  },
  {
    id: 'zhao-leji', name: 'Triệu Lạc Tế', country: 'CN',
    variants: ['Triệu Lạc Tế', 'Zhao Leji'], titledForms: ['Triệu', 'Zhao'],
    offices: [
      { title: 'uy-vien-truong-nhan-dai', from: '2023-03-10' },
      { title: 'chu-tich-quoc-hoi', from: '2023-03-10' },
    ],
  },
  {
    id: 'wang-huning', name: 'Vương Hộ Ninh', country: 'CN',
    variants: ['Vương Hộ Ninh', 'Wang Huning'], titledForms: ['Vương', 'Wang'],
    offices: [{ title: 'chu-tich-chinh-hiep', from: '2023-03-10' }],
  },
  {
    id: 'ding-xuexiang', name: 'Đinh Tiết Tường', country: 'CN',
    variants: ['Đinh Tiết Tường', 'Ding Xuexiang'], titledForms: ['Đinh', 'Ding'],
    offices: [{ title: 'pho-thu-tuong', from: '2023-03-12' }],
  },
  {
    id: 'liu-he', name: 'Lưu Hạc', country: 'CN',
    variants: ['Lưu Hạc', 'Liu He'], titledForms: ['Lưu', 'Liu'],
    offices: [{ title: 'pho-thu-tuong', from: '2018-03-19', to: '2023-03-12' }],
  },
  {
    id: 'he-lifeng', name: 'Hà Lập Phong', country: 'CN',
    variants: ['Hà Lập Phong', 'He Lifeng'], titledForms: ['Hà', 'He'],
    offices: [{ title: 'pho-thu-tuong', from: '2023-03-12' }],
  },
  {
    id: 'zhong-shan', name: 'Chung Sơn', country: 'CN',
    variants: ['Chung Sơn', 'Zhong Shan'],
    offices: [{ title: 'bo-truong-thuong-mai', from: '2017-02-24', to: '2020-12-26' }],
  },
  {
    id: 'wang-wentao', name: 'Vương Văn Đào', country: 'CN',
    variants: ['Vương Văn Đào', 'Wang Wentao'],
    offices: [{ title: 'bo-truong-thuong-mai', from: '2020-12-26' }],
  },
  {
    id: 'chang-wanquan', name: 'Thường Vạn Toàn', country: 'CN',
    variants: ['Thường Vạn Toàn', 'Chang Wanquan'], titledForms: ['Thường', 'Chang'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2013-03-16', to: '2018-03-19' }],
  },
  {
    id: 'wei-fenghe', name: 'Ngụy Phượng Hòa', country: 'CN',
    variants: ['Ngụy Phượng Hòa', 'Wei Fenghe'], titledForms: ['Ngụy', 'Wei'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2018-03-19', to: '2023-03-12' }],
  },
  {
    id: 'li-shangfu', name: 'Lý Thượng Phúc', country: 'CN',
    variants: ['Lý Thượng Phúc', 'Li Shangfu'], titledForms: ['Lý', 'Li'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2023-03-12', to: '2023-10-24' }],
  },
  {
    id: 'dong-jun', name: 'Đổng Quân', country: 'CN',
    variants: ['Đổng Quân', 'Dong Jun'], titledForms: ['Đổng', 'Dong'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2023-12-29' }],
  },
  {
    id: 'margaret-chan', name: 'Margaret Chan', country: 'CN',
    variants: ['Margaret Chan', 'Trần Phùng Phú Trân'], titledForms: ['Chan'],
    offices: [{ title: 'tong-giam-doc', of: 'WHO', from: '2007-01-04', to: '2017-06-30' }],
  },
  {
    id: 'ma-ying-jeou', name: 'Mã Anh Cửu', country: 'TW',
    variants: ['Mã Anh Cửu', 'Ma Ying-jeou'], titledForms: ['Mã', 'Ma'],
    offices: [{ title: 'tong-thong', from: '2008-05-20', to: '2016-05-20' }],
  },
  {
    id: 'tsai-ing-wen', name: 'Thái Anh Văn', country: 'TW',
    variants: ['Thái Anh Văn', 'Tsai Ing-wen'], titledForms: ['Thái', 'Tsai'],
    offices: [{ title: 'tong-thong', from: '2016-05-20', to: '2024-05-20' }],
  },
  {
    id: 'lai-ching-te', name: 'Lại Thanh Đức', country: 'TW',
    variants: ['Lại Thanh Đức', 'Lai Ching-te', 'William Lai'], titledForms: ['Lại', 'Lai'],
    offices: [
      { title: 'pho-tong-thong', from: '2020-05-20', to: '2024-05-20' },
      { title: 'tong-thong', from: '2024-05-20' },
    ],
  },
  {
    id: 'wang-jiarui', name: 'Vương Gia Thụy', country: 'CN',
    variants: ['Vương Gia Thụy', 'Vuong Gia Thuy', 'Wang Jiarui'],
    offices: [{ title: 'truong-ban', from: '2003', to: '2015' }],
  },
  {
    id: 'song-tao', name: 'Tống Đào', country: 'CN',
    variants: ['Tống Đào', 'Tong Dao', 'Song Tao'], titledForms: ['Tống'],
    offices: [{ title: 'truong-ban', from: '2015', to: '2022' }],
  },
  {
    id: 'liu-jianchao', name: 'Lưu Kiến Siêu', country: 'CN',
    variants: ['Lưu Kiến Siêu', 'Luu Kien Sieu', 'Liu Jianchao'],
    offices: [{ title: 'truong-ban', from: '2022', to: '2025' }],
  },
  {
    id: 'liu-haixing', name: 'Lưu Hải Tinh', country: 'CN',
    variants: ['Lưu Hải Tinh', 'Luu Hai Tinh', 'Liu Haixing'],
    offices: [{ title: 'truong-ban', from: '2025' }],
  },
  {
    id: 'guo-shengkun', name: 'Quách Thanh Côn', country: 'CN',
    variants: ['Quách Thanh Côn', 'Quach Thanh Con', 'Guo Shengkun'], titledForms: ['Quách'],
    offices: [{ title: 'bo-truong-cong-an', from: '2012', to: '2017' }],
  },
  {
    id: 'zhao-kezhi', name: 'Triệu Khắc Chí', country: 'CN',
    variants: ['Triệu Khắc Chí', 'Trieu Khac Chi', 'Zhao Kezhi'], titledForms: ['Triệu'],
    offices: [{ title: 'bo-truong-cong-an', from: '2017', to: '2022' }],
  },
  {
    id: 'wang-xiaohong', name: 'Vương Tiểu Hồng', country: 'CN',
    variants: ['Vương Tiểu Hồng', 'Vuong Tieu Hong', 'Wang Xiaohong'],
    offices: [{ title: 'bo-truong-cong-an', from: '2022' }],
  },
  {
    id: 'gao-hucheng', name: 'Cao Hổ Thành', country: 'CN',
    variants: ['Cao Hổ Thành', 'Cao Ho Thanh', 'Gao Hucheng'],
    offices: [{ title: 'bo-truong-thuong-mai', from: '2013', to: '2017-02-24' }],
  },
  {
    id: 'yu-zhengsheng', name: 'Du Chính Thanh', country: 'CN',
    variants: ['Du Chính Thanh', 'Du Chinh Thanh', 'Yu Zhengsheng'],
    offices: [{ title: 'chu-tich-chinh-hiep', from: '2013-03-11', to: '2018-03-14' }],
  },
  {
    id: 'wang-yang', name: 'Uông Dương', country: 'CN',
    variants: ['Uông Dương', 'Uong Duong', 'Wang Yang'], titledForms: ['Uông'],
    offices: [
      { title: 'pho-thu-tuong', from: '2013-03-16', to: '2018-03-19' },
      { title: 'chu-tich-chinh-hiep', from: '2018-03-14', to: '2023-03-10' },
    ],
  },
  {
    id: 'zhang-gaoli', name: 'Trương Cao Lệ', country: 'CN',
    variants: ['Trương Cao Lệ', 'Truong Cao Le', 'Zhang Gaoli'],
    offices: [{ title: 'pho-thu-tuong', from: '2013-03-16', to: '2018-03-19' }],
  },
  {
    id: 'cai-qi', name: 'Thái Kỳ', country: 'CN',
    variants: ['Thái Kỳ', 'Thai Ky', 'Cai Qi'],
    offices: [{ title: 'chu-nhiem', from: '2022' }],
  },

  // ══ Lào ════════════════════════════════════════════════════════════════════
  {
    id: 'choummaly-sayasone', name: 'Choummaly Sayasone', country: 'LA',
    variants: ['Choummaly Sayasone', 'Chum-ma-ly Xay-nha-xỏn'], titledForms: ['Choummaly'],
    offices: [
      { title: 'tong-bi-thu', from: '2006-03-21', to: '2016-01-22' },
      { title: 'chu-tich-nuoc', from: '2006-06-08', to: '2016-04-20' },
      { title: 'chu-tich', from: '2006-06-08', to: '2016-04-20' },
    ],
  },
  {
    id: 'bounnhang-vorachith', name: 'Bounnhang Vorachith', country: 'LA',
    variants: ['Bounnhang Vorachith', 'Bun-nhăng Vo-la-chít', 'Bounnhang Vorachit'], titledForms: ['Bounnhang'],
    offices: [
      { title: 'tong-bi-thu', from: '2016-01-22', to: '2021-01-15' },
      { title: 'chu-tich-nuoc', from: '2016-04-20', to: '2021-03-22' },
      { title: 'chu-tich', from: '2016-04-20', to: '2021-03-22' },
    ],
  },
  {
    id: 'thongloun-sisoulith', name: 'Thongloun Sisoulith', country: 'LA',
    variants: ['Thongloun Sisoulith', 'Thoongloun Sisoulith', 'Thoòng-lun Xi-xu-lít', 'Thongloun Sisoulit'],
    titledForms: ['Thongloun'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2006-06-08', to: '2016-04-20' },
      { title: 'thu-tuong', from: '2016-04-20', to: '2021-03-22' },
      { title: 'tong-bi-thu', from: '2021-01-15' },
      { title: 'chu-tich-nuoc', from: '2021-03-22' },
      { title: 'chu-tich', from: '2021-03-22' },
    ],
  },
  {
    id: 'thongsing-thammavong', name: 'Thongsing Thammavong', country: 'LA',
    variants: ['Thongsing Thammavong', 'Thoòng-xinh Thăm-ma-vông'], titledForms: ['Thongsing'],
    offices: [{ title: 'thu-tuong', from: '2010-12-23', to: '2016-04-20' }],
  },
  {
    id: 'phankham-viphavanh', name: 'Phankham Viphavanh', country: 'LA',
    variants: ['Phankham Viphavanh', 'Phăn-khăm Vi-pha-văn'], titledForms: ['Phankham'],
    offices: [{ title: 'thu-tuong', from: '2021-03-22', to: '2022-12-30' }],
  },
  {
    id: 'sonexay-siphandone', name: 'Sonexay Siphandone', country: 'LA',
    variants: ['Sonexay Siphandone', 'Xỏn-xay Xi-phăn-đon', 'Sonexay Siphandon'], titledForms: ['Sonexay'],
    offices: [
      { title: 'pho-thu-tuong', from: '2016-04-20', to: '2022-12-30' },
      { title: 'thu-tuong', from: '2022-12-30' },
    ],
  },
  {
    id: 'saleumxay-kommasith', name: 'Saleumxay Kommasith', country: 'LA',
    variants: ['Saleumxay Kommasith', 'Xa-lơm-xay Côm-ma-xít'], titledForms: ['Saleumxay'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2016-04-20', to: '2025' },
      { title: 'pho-thu-tuong', from: '2021-03-22' },
    ],
  },
  {
    id: 'thongsavanh-phomvihane', name: 'Thongsavanh Phomvihane', country: 'LA',
    variants: ['Thongsavanh Phomvihane', 'Thoongsavanh Phomvihane'], titledForms: ['Thongsavanh'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2025' }],
  },
  {
    id: 'pany-yathotou', name: 'Pany Yathotou', country: 'LA',
    variants: ['Pany Yathotou'], titledForms: ['Pany'],
    offices: [{ title: 'chu-tich-quoc-hoi', from: '2010-12-28', to: '2021-03-22' }],
  },
  {
    id: 'xaysomphone-phomvihane', name: 'Xaysomphone Phomvihane', country: 'LA',
    variants: ['Xaysomphone Phomvihane'], titledForms: ['Xaysomphone'],
    offices: [{ title: 'chu-tich-quoc-hoi', from: '2021-03-22' }],
  },

  // ══ Campuchia ══════════════════════════════════════════════════════════════
  {
    id: 'norodom-sihamoni', name: 'Norodom Sihamoni', country: 'KH',
    variants: ['Norodom Sihamoni', 'Nô-rô-đôm Xi-ha-mô-ni', 'Sihamoni'],
    offices: [{ title: 'quoc-vuong', from: '2004-10-29' }],
  },
  {
    id: 'hun-sen', name: 'Hun Sen', country: 'KH',
    variants: ['Hun Sen', 'Hun Xen', 'Samdech Hun Sen', 'Samdech Techo Hun Sen'],
    offices: [
      { title: 'thu-tuong', from: '1985-01-14', to: '2023-08-22' },
      { title: 'chu-tich-thuong-vien', from: '2024-04-03' },
    ],
  },
  {
    id: 'hun-manet', name: 'Hun Manet', country: 'KH',
    variants: ['Hun Manet', 'Hun Ma-nét', 'Samdech Hun Manet'], titledForms: ['Manet'],
    offices: [{ title: 'thu-tuong', from: '2023-08-22' }],
  },
  {
    id: 'hor-namhong', name: 'Hor Namhong', country: 'KH',
    variants: ['Hor Namhong', 'Hor Nam Hong'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '1998-11-30', to: '2016-04-04' }],
  },
  {
    id: 'prak-sokhonn', name: 'Prak Sokhonn', country: 'KH',
    variants: ['Prak Sokhonn'], titledForms: ['Sokhonn'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2016-04-04', to: '2023-08-22' }],
  },
  {
    id: 'sok-chenda-sophea', name: 'Sok Chenda Sophea', country: 'KH',
    variants: ['Sok Chenda Sophea'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2023-08-22' },
      { title: 'pho-thu-tuong', from: '2023-08-22' },
    ],
  },
  {
    id: 'heng-samrin', name: 'Heng Samrin', country: 'KH',
    variants: ['Heng Samrin'],
    offices: [{ title: 'chu-tich-quoc-hoi', from: '2006', to: '2023-08-21' }],
  },
  {
    id: 'khuon-sudary', name: 'Khuon Sudary', country: 'KH',
    variants: ['Khuon Sudary'],
    offices: [{ title: 'chu-tich-quoc-hoi', from: '2023-08-21' }],
  },
  {
    id: 'kao-kim-hourn', name: 'Kao Kim Hourn', country: 'KH',
    variants: ['Kao Kim Hourn'],
    offices: [{ title: 'tong-thu-ky', of: 'ASEAN', from: '2023-01-01' }],
  },
  {
    id: 'tea-banh', name: 'Tea Banh', country: 'KH',
    variants: ['Tea Banh'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '1987', to: '2023-08-22' }],
  },

  // ══ Thái Lan ═══════════════════════════════════════════════════════════════
  {
    id: 'bhumibol-adulyadej', name: 'Bhumibol Adulyadej', country: 'TH',
    variants: ['Bhumibol Adulyadej', 'Bhumibol', 'Rama IX'],
    offices: [{ title: 'quoc-vuong', from: '1946-06-09', to: '2016-10-13' }],
  },
  {
    id: 'maha-vajiralongkorn', name: 'Maha Vajiralongkorn', country: 'TH',
    variants: ['Maha Vajiralongkorn', 'Vajiralongkorn', 'Rama X'],
    offices: [{ title: 'quoc-vuong', from: '2016-10-13' }],
  },
  {
    id: 'prayut-chan-o-cha', name: 'Prayut Chan-o-cha', country: 'TH',
    variants: ['Prayut Chan-o-cha', 'Prayut Chan-ocha', 'Prayuth Chan-o-cha', 'Prayuth Chan-ocha', 'Prayut', 'Prayuth', 'Pra-yút Chan-ô-cha'],
    offices: [
      { title: 'thu-tuong', from: '2014-08-24', to: '2023-08-22' },
      { title: 'bo-truong-quoc-phong', from: '2019-07-10', to: '2023-09-01' },
    ],
  },
  {
    id: 'srettha-thavisin', name: 'Srettha Thavisin', country: 'TH',
    variants: ['Srettha Thavisin', 'Srettha'],
    offices: [{ title: 'thu-tuong', from: '2023-08-22', to: '2024-08-14' }],
  },
  {
    id: 'paetongtarn-shinawatra', name: 'Paetongtarn Shinawatra', country: 'TH',
    variants: ['Paetongtarn Shinawatra', 'Paetongtarn'], titledForms: ['Shinawatra'],
    offices: [{ title: 'thu-tuong', from: '2024-08-16', to: '2025-08-29' }],
  },
  {
    id: 'phumtham-wechayachai', name: 'Phumtham Wechayachai', country: 'TH',
    variants: ['Phumtham Wechayachai', 'Phumtham'],
    offices: [
      { title: 'quyen-thu-tuong', from: '2024-08-14', to: '2024-08-16' },
      { title: 'quyen-thu-tuong', from: '2025-07-03', to: '2025-09-07' },
      { title: 'bo-truong-quoc-phong', from: '2024-09-03', to: '2025' },
    ],
  },
  {
    id: 'anutin-charnvirakul', name: 'Anutin Charnvirakul', country: 'TH',
    variants: ['Anutin Charnvirakul', 'Anutin'],
    offices: [{ title: 'thu-tuong', from: '2025-09-07' }],
  },
  {
    id: 'tanasak-patimapragorn', name: 'Tanasak Patimapragorn', country: 'TH',
    variants: ['Tanasak Patimapragorn', 'Tanasak'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2014-08-30', to: '2015-08-23' }],
  },
  {
    id: 'don-pramudwinai', name: 'Don Pramudwinai', country: 'TH',
    variants: ['Don Pramudwinai'], titledForms: ['Don', 'Pramudwinai'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2015-08-23', to: '2023-09-01' }],
  },
  {
    id: 'parnpree-bahiddha-nukara', name: 'Parnpree Bahiddha-nukara', country: 'TH',
    variants: ['Parnpree Bahiddha-nukara', 'Parnpree Bahiddhanukara', 'Parnpree'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2023-09-01', to: '2024-04-28' }],
  },
  {
    id: 'maris-sangiampongsa', name: 'Maris Sangiampongsa', country: 'TH',
    variants: ['Maris Sangiampongsa'], titledForms: ['Maris'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2024-04-30', to: '2025' }],
  },
  {
    id: 'sihasak-phuangketkeow', name: 'Sihasak Phuangketkeow', country: 'TH',
    variants: ['Sihasak Phuangketkeow', 'Sihasak'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2025' }],
  },
  {
    id: 'prawit-wongsuwan', name: 'Prawit Wongsuwan', country: 'TH',
    variants: ['Prawit Wongsuwan', 'Prawit'],
    offices: [
      { title: 'bo-truong-quoc-phong', from: '2014-08-30', to: '2019-07-10' },
      { title: 'pho-thu-tuong', from: '2014', to: '2023' },
    ],
  },
  {
    id: 'sutin-klungsang', name: 'Sutin Klungsang', country: 'TH',
    variants: ['Sutin Klungsang'], titledForms: ['Sutin'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2023-09-01', to: '2024-09-03' }],
  },

  // ══ Malaysia ═══════════════════════════════════════════════════════════════
  {
    id: 'abdul-halim-muadzam-shah', name: "Abdul Halim Mu'adzam Shah", country: 'MY',
    variants: ["Abdul Halim Mu'adzam Shah", 'Abdul Halim Muadzam Shah'], titledForms: ['Abdul Halim'],
    offices: [{ title: 'quoc-vuong', from: '2011-12-13', to: '2016-12-12' }],
  },
  {
    id: 'muhammad-v-kelantan', name: 'Muhammad V', country: 'MY',
    variants: ['Muhammad V', 'Sultan Muhammad V'], titledForms: ['Muhammad'],
    offices: [{ title: 'quoc-vuong', from: '2016-12-13', to: '2019-01-06' }],
  },
  {
    id: 'al-sultan-abdullah', name: 'Al-Sultan Abdullah', country: 'MY',
    variants: ['Al-Sultan Abdullah', "Al-Sultan Abdullah Ri'ayatuddin Al-Mustafa Billah Shah", 'Sultan Abdullah Sultan Ahmad Shah'],
    titledForms: ['Abdullah'],
    offices: [{ title: 'quoc-vuong', from: '2019-01-31', to: '2024-01-30' }],
  },
  {
    id: 'ibrahim-iskandar', name: 'Sultan Ibrahim', country: 'MY',
    variants: ['Sultan Ibrahim', 'Sultan Ibrahim Iskandar', 'Ibrahim Iskandar'], titledForms: ['Ibrahim'],
    offices: [{ title: 'quoc-vuong', from: '2024-01-31' }],
  },
  {
    id: 'najib-razak', name: 'Najib Razak', country: 'MY',
    variants: ['Najib Razak', 'Najib Tun Razak'], titledForms: ['Najib'],
    offices: [{ title: 'thu-tuong', from: '2009-04-03', to: '2018-05-10' }],
  },
  {
    id: 'mahathir-mohamad', name: 'Mahathir Mohamad', country: 'MY',
    variants: ['Mahathir Mohamad', 'Mahathir bin Mohamad', 'Mahathir'],
    offices: [{ title: 'thu-tuong', from: '2018-05-10', to: '2020-03-01' }],
  },
  {
    id: 'muhyiddin-yassin', name: 'Muhyiddin Yassin', country: 'MY',
    variants: ['Muhyiddin Yassin', 'Muhyiddin'],
    offices: [{ title: 'thu-tuong', from: '2020-03-01', to: '2021-08-16' }],
  },
  {
    id: 'ismail-sabri-yaakob', name: 'Ismail Sabri Yaakob', country: 'MY',
    variants: ['Ismail Sabri Yaakob', 'Ismail Sabri'], titledForms: ['Ismail'],
    offices: [
      { title: 'thu-tuong', from: '2021-08-21', to: '2022-11-24' },
      { title: 'bo-truong-quoc-phong', from: '2020-03-10', to: '2021-07-07' },
      { title: 'pho-thu-tuong', from: '2021-07-07', to: '2021-08-16' },
    ],
  },
  {
    id: 'anwar-ibrahim', name: 'Anwar Ibrahim', country: 'MY',
    variants: ['Anwar Ibrahim'], titledForms: ['Anwar'],
    offices: [{ title: 'thu-tuong', from: '2022-11-24' }],
  },
  {
    id: 'anifah-aman', name: 'Anifah Aman', country: 'MY',
    variants: ['Anifah Aman'], titledForms: ['Anifah'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2009-04-10', to: '2018-05-10' }],
  },
  {
    id: 'saifuddin-abdullah', name: 'Saifuddin Abdullah', country: 'MY',
    variants: ['Saifuddin Abdullah'], titledForms: ['Saifuddin'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2018-07-02', to: '2020-03-09' },
      { title: 'bo-truong-ngoai-giao', from: '2021-08-30', to: '2022-11-24' },
    ],
  },
  {
    id: 'hishammuddin-hussein', name: 'Hishammuddin Hussein', country: 'MY',
    variants: ['Hishammuddin Hussein', 'Hishammuddin'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2020-03-10', to: '2021-08-16' },
      { title: 'bo-truong-quoc-phong', from: '2013-05-16', to: '2018-05-10' },
      { title: 'bo-truong-quoc-phong', from: '2021-08-30', to: '2022-11-24' },
    ],
  },
  {
    id: 'zambry-abdul-kadir', name: 'Zambry Abdul Kadir', country: 'MY',
    variants: ['Zambry Abdul Kadir'], titledForms: ['Zambry'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2022-12-03', to: '2023-12-12' }],
  },
  {
    id: 'mohamad-hasan', name: 'Mohamad Hasan', country: 'MY',
    variants: ['Mohamad Hasan', 'Mohamad bin Haji Hasan'], titledForms: ['Mohamad'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2023-12-12' },
      { title: 'bo-truong-quoc-phong', from: '2022-12-03', to: '2023-12-12' },
    ],
  },
  {
    id: 'mohamad-sabu', name: 'Mohamad Sabu', country: 'MY',
    variants: ['Mohamad Sabu', 'Mat Sabu'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2018-05-21', to: '2020-02-24' }],
  },
  {
    id: 'khaled-nordin', name: 'Mohamed Khaled Nordin', country: 'MY',
    variants: ['Mohamed Khaled Nordin', 'Khaled Nordin'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2023-12-12' }],
  },

  // ══ Singapore ══════════════════════════════════════════════════════════════
  {
    id: 'tony-tan', name: 'Tony Tan Keng Yam', country: 'SG',
    variants: ['Tony Tan Keng Yam', 'Tony Tan', 'Trần Khánh Viêm'],
    offices: [{ title: 'tong-thong', from: '2011-09-01', to: '2017-08-31' }],
  },
  {
    id: 'halimah-yacob', name: 'Halimah Yacob', country: 'SG',
    variants: ['Halimah Yacob'], titledForms: ['Halimah'],
    offices: [{ title: 'tong-thong', from: '2017-09-14', to: '2023-09-13' }],
  },
  {
    id: 'tharman-shanmugaratnam', name: 'Tharman Shanmugaratnam', country: 'SG',
    variants: ['Tharman Shanmugaratnam', 'Tharman'],
    offices: [{ title: 'tong-thong', from: '2023-09-14' }],
  },
  {
    id: 'lee-hsien-loong', name: 'Lý Hiển Long', country: 'SG',
    variants: ['Lý Hiển Long', 'Lee Hsien Loong'], titledForms: ['Lee', 'Lý'],
    offices: [{ title: 'thu-tuong', from: '2004-08-12', to: '2024-05-15' }],
  },
  {
    id: 'lawrence-wong', name: 'Lawrence Wong', country: 'SG',
    variants: ['Lawrence Wong', 'Hoàng Tuần Tài', 'Wong Shyun Tsai'], titledForms: ['Wong'],
    offices: [{ title: 'thu-tuong', from: '2024-05-15' }],
  },
  {
    id: 'k-shanmugam', name: 'K. Shanmugam', country: 'SG',
    variants: ['K. Shanmugam', 'K Shanmugam', 'Kasiviswanathan Shanmugam'], titledForms: ['Shanmugam'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2011-05-21', to: '2015-09-30' }],
  },
  {
    id: 'vivian-balakrishnan', name: 'Vivian Balakrishnan', country: 'SG',
    variants: ['Vivian Balakrishnan', 'Balakrishnan'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2015-10-01' }],
  },
  {
    id: 'ng-eng-hen', name: 'Ng Eng Hen', country: 'SG',
    variants: ['Ng Eng Hen'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2011-05-21', to: '2025-05-23' }],
  },
  {
    id: 'chan-chun-sing', name: 'Chan Chun Sing', country: 'SG',
    variants: ['Chan Chun Sing'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2025-05-23' }],
  },

  // ══ Indonesia ══════════════════════════════════════════════════════════════
  {
    id: 'joko-widodo', name: 'Joko Widodo', country: 'ID',
    variants: ['Joko Widodo', 'Jokowi', 'Giô-cô Vi-đô-đô'], titledForms: ['Widodo'],
    offices: [{ title: 'tong-thong', from: '2014-10-20', to: '2024-10-20' }],
  },
  {
    id: 'prabowo-subianto', name: 'Prabowo Subianto', country: 'ID',
    variants: ['Prabowo Subianto', 'Prabowo', 'Pra-bô-vô Xu-bi-an-tô'],
    offices: [
      { title: 'bo-truong-quoc-phong', from: '2019-10-23', to: '2024-10-20' },
      { title: 'tong-thong-dac-cu', from: '2024-03-20', to: '2024-10-20' },
      { title: 'tong-thong', from: '2024-10-20' },
    ],
  },
  {
    id: 'jusuf-kalla', name: 'Jusuf Kalla', country: 'ID',
    variants: ['Jusuf Kalla'], titledForms: ['Kalla'],
    offices: [{ title: 'pho-tong-thong', from: '2014-10-20', to: '2019-10-20' }],
  },
  {
    id: 'maruf-amin', name: "Ma'ruf Amin", country: 'ID',
    variants: ["Ma'ruf Amin", 'Maruf Amin'], titledForms: ['Amin'],
    offices: [{ title: 'pho-tong-thong', from: '2019-10-20', to: '2024-10-20' }],
  },
  {
    id: 'gibran-rakabuming-raka', name: 'Gibran Rakabuming Raka', country: 'ID',
    variants: ['Gibran Rakabuming Raka', 'Gibran Rakabuming'], titledForms: ['Gibran'],
    offices: [{ title: 'pho-tong-thong', from: '2024-10-20' }],
  },
  {
    id: 'retno-marsudi', name: 'Retno Marsudi', country: 'ID',
    variants: ['Retno Marsudi', 'Retno L.P. Marsudi', 'Retno LP Marsudi', 'Retno Lestari Priansari Marsudi'],
    titledForms: ['Retno', 'Marsudi'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2014-10-27', to: '2024-10-20' }],
  },
  {
    id: 'sugiono', name: 'Sugiono', country: 'ID',
    variants: ['Sugiono'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2024-10-21' }],
  },
  {
    id: 'marty-natalegawa', name: 'Marty Natalegawa', country: 'ID',
    variants: ['Marty Natalegawa', 'Natalegawa'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2009-10-22', to: '2014-10-20' }],
  },
  {
    id: 'purnomo-yusgiantoro', name: 'Purnomo Yusgiantoro', country: 'ID',
    variants: ['Purnomo Yusgiantoro', 'Yusgiantoro'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2009-10-22', to: '2014-10-20' }],
  },
  {
    id: 'ryamizard-ryacudu', name: 'Ryamizard Ryacudu', country: 'ID',
    variants: ['Ryamizard Ryacudu', 'Ryacudu'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2014-10-27', to: '2019-10-20' }],
  },
  {
    id: 'sjafrie-sjamsoeddin', name: 'Sjafrie Sjamsoeddin', country: 'ID',
    variants: ['Sjafrie Sjamsoeddin', 'Sjamsoeddin'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2024-10-21' }],
  },

  // ══ Philippines ════════════════════════════════════════════════════════════
  {
    id: 'benigno-aquino-iii', name: 'Benigno Aquino III', country: 'PH',
    variants: ['Benigno Aquino III', 'Benigno Aquino', 'Noynoy Aquino'], titledForms: ['Aquino'],
    offices: [{ title: 'tong-thong', from: '2010-06-30', to: '2016-06-30' }],
  },
  {
    id: 'rodrigo-duterte', name: 'Rodrigo Duterte', country: 'PH',
    variants: ['Rodrigo Duterte', 'Rô-đri-gô Đu-téc-tê', 'Rodrigo Roa Duterte'], titledForms: ['Duterte', 'Đu-téc-tê'],
    offices: [{ title: 'tong-thong', from: '2016-06-30', to: '2022-06-30' }],
  },
  {
    id: 'ferdinand-marcos-jr', name: 'Ferdinand Marcos Jr.', country: 'PH',
    variants: ['Ferdinand Marcos Jr.', 'Ferdinand Marcos Jr', 'Ferdinand Romualdez Marcos Jr.', 'Bongbong Marcos', 'Ferdinand Marcos'],
    titledForms: ['Marcos'],
    offices: [{ title: 'tong-thong', from: '2022-06-30' }],
  },
  {
    id: 'sara-duterte', name: 'Sara Duterte', country: 'PH',
    variants: ['Sara Duterte', 'Sara Duterte-Carpio'],
    offices: [{ title: 'pho-tong-thong', from: '2022-06-30' }],
  },
  {
    id: 'albert-del-rosario', name: 'Albert del Rosario', country: 'PH',
    variants: ['Albert del Rosario'], titledForms: ['del Rosario'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2011-02-24', to: '2016-03-07' }],
  },
  {
    id: 'jose-rene-almendras', name: 'Jose Rene Almendras', country: 'PH',
    variants: ['Jose Rene Almendras', 'José René Almendras', 'Rene Almendras', 'Almendras'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2016-03-08', to: '2016-06-30' }],
  },
  {
    id: 'perfecto-yasay', name: 'Perfecto Yasay', country: 'PH',
    variants: ['Perfecto Yasay', 'Perfecto Yasay Jr.', 'Yasay'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2016-06-30', to: '2017-03-08' }],
  },
  {
    id: 'alan-peter-cayetano', name: 'Alan Peter Cayetano', country: 'PH',
    variants: ['Alan Peter Cayetano', 'Cayetano'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2017-05-18', to: '2018-10-17' }],
  },
  {
    id: 'teodoro-locsin', name: 'Teodoro Locsin Jr.', country: 'PH',
    variants: ['Teodoro Locsin Jr.', 'Teodoro Locsin', 'Teddy Locsin', 'Locsin'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2018-10-17', to: '2022-06-30' }],
  },
  {
    id: 'enrique-manalo', name: 'Enrique Manalo', country: 'PH',
    variants: ['Enrique Manalo', 'Manalo'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2017-03-09', to: '2017-05-18' },
      { title: 'bo-truong-ngoai-giao', from: '2022-07-01', to: '2025' },
    ],
  },
  {
    id: 'theresa-lazaro', name: 'Theresa Lazaro', country: 'PH',
    variants: ['Theresa Lazaro', 'Ma. Theresa Lazaro', 'Maria Theresa Lazaro'], titledForms: ['Lazaro'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2025' }],
  },
  {
    id: 'voltaire-gazmin', name: 'Voltaire Gazmin', country: 'PH',
    variants: ['Voltaire Gazmin', 'Gazmin'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2010-06-30', to: '2016-06-30' }],
  },
  {
    id: 'delfin-lorenzana', name: 'Delfin Lorenzana', country: 'PH',
    variants: ['Delfin Lorenzana', 'Lorenzana'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2016-07-01', to: '2022-06-30' }],
  },
  {
    id: 'carlito-galvez', name: 'Carlito Galvez Jr.', country: 'PH',
    variants: ['Carlito Galvez Jr.', 'Carlito Galvez'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2023-01-09', to: '2023-06-05' }],
  },
  {
    id: 'gilberto-teodoro', name: 'Gilberto Teodoro', country: 'PH',
    variants: ['Gilberto Teodoro', 'Gilberto Teodoro Jr.', 'Gibo Teodoro'], titledForms: ['Teodoro'],
    offices: [
      { title: 'bo-truong-quoc-phong', from: '2007', to: '2009' },
      { title: 'bo-truong-quoc-phong', from: '2023-06-05' },
    ],
  },

  // ══ Myanmar ════════════════════════════════════════════════════════════════
  {
    id: 'thein-sein', name: 'Thein Sein', country: 'MM',
    variants: ['Thein Sein'],
    offices: [{ title: 'tong-thong', from: '2011-03-30', to: '2016-03-30' }],
  },
  {
    id: 'htin-kyaw', name: 'Htin Kyaw', country: 'MM',
    variants: ['Htin Kyaw', 'Thin Kyaw'],
    offices: [{ title: 'tong-thong', from: '2016-03-30', to: '2018-03-21' }],
  },
  {
    id: 'win-myint', name: 'Win Myint', country: 'MM',
    variants: ['Win Myint', 'U Win Myint'],
    offices: [{ title: 'tong-thong', from: '2018-03-30', to: '2021-02-01' }],
  },
  {
    id: 'aung-san-suu-kyi', name: 'Aung San Suu Kyi', country: 'MM',
    variants: ['Aung San Suu Kyi', 'Aung San Xuu Kyi', 'Suu Kyi', 'Xuu Kyi', 'Daw Aung San Suu Kyi'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2016-03-30', to: '2021-02-01' },
      { title: 'co-van-nha-nuoc', from: '2016-04-06', to: '2021-02-01' },
    ],
  },
  {
    id: 'myint-swe', name: 'Myint Swe', country: 'MM',
    variants: ['Myint Swe', 'U Myint Swe'],
    offices: [
      { title: 'pho-tong-thong', from: '2016-03-30', to: '2021-02-01' },
      { title: 'quyen-tong-thong', from: '2021-02-01', to: '2024-07-22' },
    ],
  },
  {
    id: 'min-aung-hlaing', name: 'Min Aung Hlaing', country: 'MM',
    variants: ['Min Aung Hlaing'],
    offices: [
      { title: 'chu-tich-hoi-dong-quan-ly-nha-nuoc', from: '2021-02-02', to: '2025-07-31' },
      { title: 'thu-tuong', from: '2021-08-01', to: '2025-07-31' },
      { title: 'quyen-tong-thong', from: '2024-07-22' },
    ],
  },
  {
    id: 'nyo-saw', name: 'Nyo Saw', country: 'MM',
    variants: ['Nyo Saw', 'U Nyo Saw'],
    offices: [{ title: 'thu-tuong', from: '2025' }],
  },
  {
    id: 'wunna-maung-lwin', name: 'Wunna Maung Lwin', country: 'MM',
    variants: ['Wunna Maung Lwin', 'U Wunna Maung Lwin'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2011-03-30', to: '2016-03-30' },
      { title: 'bo-truong-ngoai-giao', from: '2021-02-01', to: '2023-02-01' },
    ],
  },
  {
    id: 'than-swe', name: 'Than Swe', country: 'MM',
    variants: ['Than Swe', 'U Than Swe'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2023-02-01' }],
  },

  // ══ Brunei ═════════════════════════════════════════════════════════════════
  {
    id: 'hassanal-bolkiah', name: 'Hassanal Bolkiah', country: 'BN',
    variants: ['Hassanal Bolkiah', 'Haji Hassanal Bolkiah'], titledForms: ['Bolkiah'],
    offices: [
      { title: 'quoc-vuong', from: '1967-10-05' },
      { title: 'thu-tuong', from: '1984-01-01' },
      { title: 'bo-truong-ngoai-giao', from: '2015-10-22' },
    ],
  },
  {
    id: 'erywan-yusof', name: 'Erywan Yusof', country: 'BN',
    variants: ['Erywan Yusof', 'Dato Erywan Yusof', 'Erywan Pehin Yusof'], titledForms: ['Erywan'],
    offices: [{ title: 'bo-truong-ngoai-giao-thu-hai', from: '2018-01-30' }],
  },
  {
    id: 'lim-jock-hoi', name: 'Lim Jock Hoi', country: 'BN',
    variants: ['Lim Jock Hoi'], titledForms: ['Lim'],
    offices: [{ title: 'tong-thu-ky', of: 'ASEAN', from: '2018-01-01', to: '2022-12-31' }],
  },

  // ══ Đông Timor ═════════════════════════════════════════════════════════════
  {
    id: 'taur-matan-ruak', name: 'Taur Matan Ruak', country: 'TL',
    variants: ['Taur Matan Ruak'], titledForms: ['Ruak'],
    offices: [
      { title: 'tong-thong', from: '2012-05-20', to: '2017-05-20' },
      { title: 'thu-tuong', from: '2018-06-22', to: '2023-07-01' },
    ],
  },
  {
    id: 'francisco-guterres', name: 'Francisco Guterres', country: 'TL',
    variants: ['Francisco Guterres', 'Francisco Guterres Lú Olo', 'Lú Olo', 'Lu Olo'],
    offices: [{ title: 'tong-thong', from: '2017-05-20', to: '2022-05-20' }],
  },
  {
    id: 'jose-ramos-horta', name: 'José Ramos-Horta', country: 'TL',
    variants: ['José Ramos-Horta', 'Jose Ramos-Horta', 'Ramos-Horta'],
    offices: [{ title: 'tong-thong', from: '2022-05-20' }],
  },
  {
    id: 'rui-maria-de-araujo', name: 'Rui Maria de Araújo', country: 'TL',
    variants: ['Rui Maria de Araújo', 'Rui Maria de Araujo', 'Rui Araújo'], titledForms: ['Araújo', 'Araujo'],
    offices: [{ title: 'thu-tuong', from: '2015-02-16', to: '2017-09-15' }],
  },
  {
    id: 'mari-alkatiri', name: 'Mari Alkatiri', country: 'TL',
    variants: ['Mari Alkatiri', 'Alkatiri'],
    offices: [{ title: 'thu-tuong', from: '2017-09-15', to: '2018-06-22' }],
  },
  {
    id: 'xanana-gusmao', name: 'Xanana Gusmão', country: 'TL',
    variants: ['Xanana Gusmão', 'Xanana Gusmao', 'Kay Rala Xanana Gusmão', 'Xanana', 'Gusmão', 'Gusmao'],
    offices: [
      { title: 'thu-tuong', from: '2007-08-08', to: '2015-02-16' },
      { title: 'thu-tuong', from: '2023-07-01' },
    ],
  },
  {
    id: 'hernani-coelho', name: 'Hernâni Coelho', country: 'TL',
    variants: ['Hernâni Coelho', 'Hernani Coelho'], titledForms: ['Coelho'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2015-02-16', to: '2017-09-15' }],
  },
  {
    id: 'aurelio-guterres', name: 'Aurélio Guterres', country: 'TL',
    variants: ['Aurélio Guterres', 'Aurelio Guterres'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2017-09-15', to: '2018-06-22' }],
  },
  {
    id: 'dionisio-babo-soares', name: 'Dionísio Babo Soares', country: 'TL',
    variants: ['Dionísio Babo Soares', 'Dionisio Babo Soares', 'Dionísio Babo'], titledForms: ['Babo', 'Soares'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2018-06-22', to: '2020' }],
  },
  {
    id: 'adaljiza-magno', name: 'Adaljiza Magno', country: 'TL',
    variants: ['Adaljiza Magno', 'Adaljíza Magno'], titledForms: ['Magno'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2020', to: '2023-07-01' }],
  },
  {
    id: 'bendito-dos-santos-freitas', name: 'Bendito dos Santos Freitas', country: 'TL',
    variants: ['Bendito dos Santos Freitas', 'Bendito Freitas'], titledForms: ['Bendito', 'Freitas'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2023-07-01' }],
  },

  // ══ Nhật Bản ═══════════════════════════════════════════════════════════════
  {
    id: 'akihito', name: 'Akihito', country: 'JP',
    variants: ['Akihito', 'A-ki-hi-tô'],
    offices: [{ title: 'hoang-de', from: '1989-01-07', to: '2019-04-30' }],
  },
  {
    id: 'naruhito', name: 'Naruhito', country: 'JP',
    variants: ['Naruhito', 'Na-ru-hi-tô'],
    offices: [{ title: 'hoang-de', from: '2019-05-01' }],
  },
  {
    id: 'shinzo-abe', name: 'Abe Shinzo', country: 'JP',
    variants: ['Abe Shinzo', 'Shinzo Abe', 'Abe Shinzō', 'Shinzō Abe', 'Xin-dô A-bê'], titledForms: ['Abe', 'A-bê'],
    offices: [
      { title: 'thu-tuong', from: '2006-09-26', to: '2007-09-26' },
      { title: 'thu-tuong', from: '2012-12-26', to: '2020-09-16' },
    ],
  },
  {
    id: 'yoshihide-suga', name: 'Suga Yoshihide', country: 'JP',
    variants: ['Suga Yoshihide', 'Yoshihide Suga', 'Xu-ga Y-ô-si-hi-đê'], titledForms: ['Suga', 'Xu-ga'],
    offices: [
      { title: 'chanh-van-phong-noi-cac', from: '2012-12-26', to: '2020-09-16' },
      { title: 'thu-tuong', from: '2020-09-16', to: '2021-10-04' },
    ],
  },
  {
    id: 'fumio-kishida', name: 'Kishida Fumio', country: 'JP',
    variants: ['Kishida Fumio', 'Fumio Kishida', 'Kishida', 'Ki-si-đa Phu-mi-ô', 'Ki-si-đa'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2012-12-26', to: '2017-08-03' },
      { title: 'thu-tuong', from: '2021-10-04', to: '2024-10-01' },
    ],
  },
  {
    id: 'shigeru-ishiba', name: 'Ishiba Shigeru', country: 'JP',
    variants: ['Ishiba Shigeru', 'Shigeru Ishiba', 'Ishiba', 'I-si-ba Si-ghê-ru'],
    offices: [{ title: 'thu-tuong', from: '2024-10-01', to: '2025-10-21' }],
  },
  {
    id: 'sanae-takaichi', name: 'Takaichi Sanae', country: 'JP',
    variants: ['Takaichi Sanae', 'Sanae Takaichi', 'Takaichi'],
    offices: [{ title: 'thu-tuong', from: '2025-10-21' }],
  },
  {
    id: 'taro-kono', name: 'Kono Taro', country: 'JP',
    variants: ['Kono Taro', 'Taro Kono', 'Kōno Tarō', 'Tarō Kōno'], titledForms: ['Kono', 'Kōno'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2017-08-03', to: '2019-09-11' },
      { title: 'bo-truong-quoc-phong', from: '2019-09-11', to: '2020-09-16' },
    ],
  },
  {
    id: 'toshimitsu-motegi', name: 'Motegi Toshimitsu', country: 'JP',
    variants: ['Motegi Toshimitsu', 'Toshimitsu Motegi', 'Motegi'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2019-09-11', to: '2021-11-04' },
      { title: 'bo-truong-ngoai-giao', from: '2025-10-21' },
    ],
  },
  {
    id: 'yoshimasa-hayashi', name: 'Hayashi Yoshimasa', country: 'JP',
    variants: ['Hayashi Yoshimasa', 'Yoshimasa Hayashi'], titledForms: ['Hayashi'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2021-11-10', to: '2023-09-13' },
      { title: 'chanh-van-phong-noi-cac', from: '2023-12-14', to: '2025-10-21' },
    ],
  },
  {
    id: 'yoko-kamikawa', name: 'Kamikawa Yoko', country: 'JP',
    variants: ['Kamikawa Yoko', 'Yoko Kamikawa', 'Kamikawa Yōko', 'Kamikawa'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2023-09-13', to: '2024-10-01' }],
  },
  {
    id: 'takeshi-iwaya', name: 'Iwaya Takeshi', country: 'JP',
    variants: ['Iwaya Takeshi', 'Takeshi Iwaya', 'Iwaya'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2024-10-01', to: '2025-10-21' },
      { title: 'bo-truong-quoc-phong', from: '2018-10-02', to: '2019-09-11' },
    ],
  },
  {
    id: 'yukiya-amano', name: 'Amano Yukiya', country: 'JP',
    variants: ['Amano Yukiya', 'Yukiya Amano'], titledForms: ['Amano'],
    offices: [{ title: 'tong-giam-doc', of: 'IAEA', from: '2009-12-01', to: '2019-07-18' }],
  },
  {
    id: 'itsunori-onodera', name: 'Onodera Itsunori', country: 'JP',
    variants: ['Onodera Itsunori', 'Itsunori Onodera', 'Onodera'],
    offices: [
      { title: 'bo-truong-quoc-phong', from: '2012-12-26', to: '2014-09-03' },
      { title: 'bo-truong-quoc-phong', from: '2017-08-03', to: '2018-10-02' },
    ],
  },
  {
    id: 'akinori-eto', name: 'Eto Akinori', country: 'JP',
    variants: ['Eto Akinori', 'Akinori Eto'], titledForms: ['Eto'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2014-09-03', to: '2014-12-24' }],
  },
  {
    id: 'gen-nakatani', name: 'Nakatani Gen', country: 'JP',
    variants: ['Nakatani Gen', 'Gen Nakatani', 'Nakatani'],
    offices: [
      { title: 'bo-truong-quoc-phong', from: '2014-12-24', to: '2016-08-03' },
      { title: 'bo-truong-quoc-phong', from: '2024-10-01', to: '2025-10-21' },
    ],
  },
  {
    id: 'tomomi-inada', name: 'Inada Tomomi', country: 'JP',
    variants: ['Inada Tomomi', 'Tomomi Inada', 'Inada'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2016-08-03', to: '2017-07-28' }],
  },
  {
    id: 'nobuo-kishi', name: 'Kishi Nobuo', country: 'JP',
    variants: ['Kishi Nobuo', 'Nobuo Kishi'], titledForms: ['Kishi'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2020-09-16', to: '2022-08-10' }],
  },
  {
    id: 'yasukazu-hamada', name: 'Hamada Yasukazu', country: 'JP',
    variants: ['Hamada Yasukazu', 'Yasukazu Hamada'], titledForms: ['Hamada'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2022-08-10', to: '2023-09-13' }],
  },
  {
    id: 'minoru-kihara', name: 'Kihara Minoru', country: 'JP',
    variants: ['Kihara Minoru', 'Minoru Kihara'], titledForms: ['Kihara'],
    offices: [
      { title: 'bo-truong-quoc-phong', from: '2023-09-13', to: '2024-10-01' },
      { title: 'chanh-van-phong-noi-cac', from: '2025-10-21' },
    ],
  },
  {
    id: 'shinjiro-koizumi', name: 'Koizumi Shinjiro', country: 'JP',
    variants: ['Koizumi Shinjiro', 'Shinjiro Koizumi', 'Koizumi Shinjirō', 'Shinjirō Koizumi'], titledForms: ['Koizumi'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2025-10-21' }],
  },

  // ══ Hàn Quốc ═══════════════════════════════════════════════════════════════
  {
    id: 'park-geun-hye', name: 'Park Geun-hye', country: 'KR',
    variants: ['Park Geun-hye', 'Pắc Gưn Hê', 'Phác Cận Huệ'], titledForms: ['Park', 'Pắc'],
    offices: [{ title: 'tong-thong', from: '2013-02-25', to: '2017-03-10' }],
  },
  {
    id: 'hwang-kyo-ahn', name: 'Hwang Kyo-ahn', country: 'KR',
    variants: ['Hwang Kyo-ahn'], titledForms: ['Hwang'],
    offices: [
      { title: 'thu-tuong', from: '2015-06-18', to: '2017-05-11' },
      { title: 'quyen-tong-thong', from: '2016-12-09', to: '2017-05-10' },
    ],
  },
  {
    id: 'moon-jae-in', name: 'Moon Jae-in', country: 'KR',
    variants: ['Moon Jae-in', 'Mun Chê In', 'Văn Tại Dần'], titledForms: ['Moon', 'Mun'],
    offices: [{ title: 'tong-thong', from: '2017-05-10', to: '2022-05-10' }],
  },
  {
    id: 'yoon-suk-yeol', name: 'Yoon Suk Yeol', country: 'KR',
    variants: ['Yoon Suk Yeol', 'Yoon Seok-youl', 'Doãn Tích Duyệt'], titledForms: ['Yoon'],
    offices: [{ title: 'tong-thong', from: '2022-05-10', to: '2025-04-04' }],
  },
  {
    id: 'han-duck-soo', name: 'Han Duck-soo', country: 'KR',
    variants: ['Han Duck-soo', 'Han Deok-su'], titledForms: ['Han'],
    offices: [
      { title: 'thu-tuong', from: '2022-05-21', to: '2025-05-01' },
      { title: 'quyen-tong-thong', from: '2024-12-14', to: '2024-12-27' },
      { title: 'quyen-tong-thong', from: '2025-03-24', to: '2025-05-01' },
    ],
  },
  {
    id: 'choi-sang-mok', name: 'Choi Sang-mok', country: 'KR',
    variants: ['Choi Sang-mok'], titledForms: ['Choi'],
    offices: [{ title: 'quyen-tong-thong', from: '2024-12-27', to: '2025-03-24' }],
  },
  {
    id: 'lee-ju-ho', name: 'Lee Ju-ho', country: 'KR',
    variants: ['Lee Ju-ho'], titledForms: ['Lee'],
    offices: [{ title: 'quyen-tong-thong', from: '2025-05-02', to: '2025-06-04' }],
  },
  {
    id: 'lee-jae-myung', name: 'Lee Jae-myung', country: 'KR',
    variants: ['Lee Jae-myung', 'Lý Tại Minh'], titledForms: ['Lee'],
    offices: [{ title: 'tong-thong', from: '2025-06-04' }],
  },
  {
    id: 'lee-nak-yon', name: 'Lee Nak-yon', country: 'KR',
    variants: ['Lee Nak-yon', 'Lee Nak-yeon'], titledForms: ['Lee'],
    offices: [{ title: 'thu-tuong', from: '2017-05-31', to: '2020-01-14' }],
  },
  {
    id: 'chung-sye-kyun', name: 'Chung Sye-kyun', country: 'KR',
    variants: ['Chung Sye-kyun'], titledForms: ['Chung'],
    offices: [{ title: 'thu-tuong', from: '2020-01-14', to: '2021-04-16' }],
  },
  {
    id: 'kim-boo-kyum', name: 'Kim Boo-kyum', country: 'KR',
    variants: ['Kim Boo-kyum'], titledForms: ['Kim'],
    offices: [{ title: 'thu-tuong', from: '2021-05-14', to: '2022-05-11' }],
  },
  {
    id: 'kim-min-seok', name: 'Kim Min-seok', country: 'KR',
    variants: ['Kim Min-seok'], titledForms: ['Kim'],
    offices: [{ title: 'thu-tuong', from: '2025-07-03' }],
  },
  {
    id: 'yun-byung-se', name: 'Yun Byung-se', country: 'KR',
    variants: ['Yun Byung-se'], titledForms: ['Yun'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2013-03-11', to: '2017-06-18' }],
  },
  {
    id: 'kang-kyung-wha', name: 'Kang Kyung-wha', country: 'KR',
    variants: ['Kang Kyung-wha'], titledForms: ['Kang'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2017-06-18', to: '2021-02-08' }],
  },
  {
    id: 'chung-eui-yong', name: 'Chung Eui-yong', country: 'KR',
    variants: ['Chung Eui-yong'], titledForms: ['Chung'],
    offices: [
      { title: 'co-van-an-ninh-quoc-gia', from: '2017-05-21', to: '2020-07-03' },
      { title: 'bo-truong-ngoai-giao', from: '2021-02-09', to: '2022-05-11' },
    ],
  },
  {
    id: 'park-jin', name: 'Park Jin', country: 'KR',
    variants: ['Park Jin'], titledForms: ['Park'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2022-05-12', to: '2024-01-10' }],
  },
  {
    id: 'cho-tae-yul', name: 'Cho Tae-yul', country: 'KR',
    variants: ['Cho Tae-yul'], titledForms: ['Cho'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2024-01-11', to: '2025' }],
  },
  {
    id: 'cho-hyun', name: 'Cho Hyun', country: 'KR',
    variants: ['Cho Hyun'], titledForms: ['Cho'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2025' }],
  },
  {
    id: 'ban-ki-moon', name: 'Ban Ki-moon', country: 'KR',
    variants: ['Ban Ki-moon', 'Ban Ki-mun', 'Phan Cơ Văn'], titledForms: ['Ban'],
    offices: [{ title: 'tong-thu-ky', of: 'UN', from: '2007-01-01', to: '2016-12-31' }],
  },
  {
    id: 'chung-hong-won', name: 'Chung Hong-won', country: 'KR',
    variants: ['Chung Hong-won', 'Jung Hong-won'],
    offices: [{ title: 'thu-tuong', from: '2013-02-26', to: '2015-02-16' }],
  },
  {
    id: 'lee-wan-koo', name: 'Lee Wan-koo', country: 'KR',
    variants: ['Lee Wan-koo'],
    offices: [{ title: 'thu-tuong', from: '2015-02-17', to: '2015-04-27' }],
  },
  {
    id: 'kim-kwan-jin', name: 'Kim Kwan-jin', country: 'KR',
    variants: ['Kim Kwan-jin'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2010', to: '2014' }],
  },
  {
    id: 'han-min-koo', name: 'Han Min-koo', country: 'KR',
    variants: ['Han Min-koo'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2014', to: '2017' }],
  },
  {
    id: 'song-young-moo', name: 'Song Young-moo', country: 'KR',
    variants: ['Song Young-moo'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2017-07-14', to: '2018-09-21' }],
  },
  {
    id: 'jeong-kyeong-doo', name: 'Jeong Kyeong-doo', country: 'KR',
    variants: ['Jeong Kyeong-doo', 'Jeong Kyeong-du'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2018-09-21', to: '2020-09-18' }],
  },
  {
    id: 'suh-wook', name: 'Suh Wook', country: 'KR',
    variants: ['Suh Wook', 'Seo Wook'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2020-09-18', to: '2022-05-10' }],
  },
  {
    id: 'lee-jong-sup', name: 'Lee Jong-sup', country: 'KR',
    variants: ['Lee Jong-sup'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2022-05-10', to: '2023-10-06' }],
  },
  {
    id: 'shin-won-sik', name: 'Shin Won-sik', country: 'KR',
    variants: ['Shin Won-sik'],
    offices: [
      { title: 'bo-truong-quoc-phong', from: '2023-10-07', to: '2024-09-06' },
      { title: 'co-van-an-ninh-quoc-gia', from: '2024', to: '2025' },
    ],
  },
  {
    id: 'kim-yong-hyun', name: 'Kim Yong-hyun', country: 'KR',
    variants: ['Kim Yong-hyun'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2024-09-06', to: '2024-12-05' }],
  },
  {
    id: 'ahn-gyu-back', name: 'Ahn Gyu-back', country: 'KR',
    variants: ['Ahn Gyu-back', 'Ahn Gyu-baek', 'An Gyu-baek', 'An Kyu-back', 'Ahn Kyu-back'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2025' }],
  },

  // ══ Triều Tiên ═════════════════════════════════════════════════════════════
  {
    id: 'kim-jong-un', name: 'Kim Jong-un', country: 'KP',
    variants: ['Kim Jong-un', 'Kim Châng Un', 'Kim Chính Ân'], titledForms: ['Kim'],
    offices: [
      { title: 'chu-tich', from: '2016-05-09' },
      { title: 'chu-tich-uy-ban-quoc-vu', from: '2016-06-29' },
      { title: 'tong-bi-thu', from: '2021-01-10' },
    ],
  },
  {
    id: 'ri-yong-ho', name: 'Ri Yong-ho', country: 'KP',
    variants: ['Ri Yong-ho'], titledForms: ['Ri'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2016', to: '2020' }],
  },
  {
    id: 'ri-son-gwon', name: 'Ri Son-gwon', country: 'KP',
    variants: ['Ri Son-gwon'], titledForms: ['Ri'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2020', to: '2022-06-10' }],
  },
  {
    id: 'choe-son-hui', name: 'Choe Son-hui', country: 'KP',
    variants: ['Choe Son-hui', 'Choi Son-hui'], titledForms: ['Choe'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2022-06-10' }],
  },

  // ══ Mông Cổ ════════════════════════════════════════════════════════════════
  {
    id: 'tsakhiagiin-elbegdorj', name: 'Tsakhiagiin Elbegdorj', country: 'MN',
    variants: ['Tsakhiagiin Elbegdorj', 'Ts. Elbegdorj', 'Elbegdorj'],
    offices: [{ title: 'tong-thong', from: '2009-06-18', to: '2017-07-10' }],
  },
  {
    id: 'khaltmaagiin-battulga', name: 'Khaltmaagiin Battulga', country: 'MN',
    variants: ['Khaltmaagiin Battulga', 'Kh. Battulga', 'Battulga'],
    offices: [{ title: 'tong-thong', from: '2017-07-10', to: '2021-06-25' }],
  },
  {
    id: 'ukhnaagiin-khurelsukh', name: 'Ukhnaagiin Khurelsukh', country: 'MN',
    variants: ['Ukhnaagiin Khurelsukh', 'Ukhnaagiin Khürelsükh', 'U. Khurelsukh', 'Khurelsukh', 'Khürelsükh'],
    offices: [
      { title: 'thu-tuong', from: '2017-10-04', to: '2021-01-27' },
      { title: 'tong-thong', from: '2021-06-25' },
    ],
  },
  {
    id: 'chimed-saikhanbileg', name: 'Chimediin Saikhanbileg', country: 'MN',
    variants: ['Chimediin Saikhanbileg', 'Ch. Saikhanbileg', 'Saikhanbileg'],
    offices: [{ title: 'thu-tuong', from: '2014-12-04', to: '2016-07-07' }],
  },
  {
    id: 'jargaltulgyn-erdenebat', name: 'Jargaltulgyn Erdenebat', country: 'MN',
    variants: ['Jargaltulgyn Erdenebat', 'J. Erdenebat', 'Erdenebat'],
    offices: [{ title: 'thu-tuong', from: '2016-07-08', to: '2017-10-04' }],
  },
  {
    id: 'luvsannamsrain-oyun-erdene', name: 'Luvsannamsrain Oyun-Erdene', country: 'MN',
    variants: ['Luvsannamsrain Oyun-Erdene', 'L. Oyun-Erdene', 'Oyun-Erdene'],
    offices: [{ title: 'thu-tuong', from: '2021-01-27', to: '2025-06-13' }],
  },
  {
    id: 'gombojavyn-zandanshatar', name: 'Gombojavyn Zandanshatar', country: 'MN',
    variants: ['Gombojavyn Zandanshatar', 'G. Zandanshatar', 'Zandanshatar'],
    offices: [{ title: 'thu-tuong', from: '2025-06-13' }],
  },

  // ══ Ấn Độ ══════════════════════════════════════════════════════════════════
  {
    id: 'pranab-mukherjee', name: 'Pranab Mukherjee', country: 'IN',
    variants: ['Pranab Mukherjee', 'Mukherjee'],
    offices: [{ title: 'tong-thong', from: '2012-07-25', to: '2017-07-25' }],
  },
  {
    id: 'ram-nath-kovind', name: 'Ram Nath Kovind', country: 'IN',
    variants: ['Ram Nath Kovind', 'Kovind'],
    offices: [{ title: 'tong-thong', from: '2017-07-25', to: '2022-07-25' }],
  },
  {
    id: 'droupadi-murmu', name: 'Droupadi Murmu', country: 'IN',
    variants: ['Droupadi Murmu', 'Draupadi Murmu', 'Murmu'],
    offices: [{ title: 'tong-thong', from: '2022-07-25' }],
  },
  {
    id: 'narendra-modi', name: 'Narendra Modi', country: 'IN',
    variants: ['Narendra Modi', 'Modi', 'Na-ren-đra Mô-đi', 'Mô-đi', 'N. Modi'],
    offices: [{ title: 'thu-tuong', from: '2014-05-26' }],
  },
  {
    id: 'sushma-swaraj', name: 'Sushma Swaraj', country: 'IN',
    variants: ['Sushma Swaraj', 'Swaraj'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2014-05-26', to: '2019-05-30' }],
  },
  {
    id: 'subrahmanyam-jaishankar', name: 'Subrahmanyam Jaishankar', country: 'IN',
    variants: ['Subrahmanyam Jaishankar', 'S. Jaishankar', 'S Jaishankar', 'Jaishankar'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2019-05-30' }],
  },
  {
    id: 'ajit-doval', name: 'Ajit Doval', country: 'IN',
    variants: ['Ajit Doval', 'Doval'],
    offices: [{ title: 'co-van-an-ninh-quoc-gia', from: '2014-05-30' }],
  },
  {
    id: 'arun-jaitley', name: 'Arun Jaitley', country: 'IN',
    variants: ['Arun Jaitley', 'Jaitley'],
    offices: [
      { title: 'bo-truong-quoc-phong', from: '2014-05-26', to: '2014-11-09' },
      { title: 'bo-truong-quoc-phong', from: '2017-03-13', to: '2017-09-03' },
      { title: 'bo-truong-tai-chinh', from: '2014-05-26', to: '2019-05-30' },
    ],
  },
  {
    id: 'manohar-parrikar', name: 'Manohar Parrikar', country: 'IN',
    variants: ['Manohar Parrikar', 'Parrikar'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2014-11-09', to: '2017-03-13' }],
  },
  {
    id: 'nirmala-sitharaman', name: 'Nirmala Sitharaman', country: 'IN',
    variants: ['Nirmala Sitharaman', 'Sitharaman'],
    offices: [
      { title: 'bo-truong-quoc-phong', from: '2017-09-03', to: '2019-05-30' },
      { title: 'bo-truong-tai-chinh', from: '2019-05-31' },
    ],
  },
  {
    id: 'rajnath-singh', name: 'Rajnath Singh', country: 'IN',
    variants: ['Rajnath Singh'], titledForms: ['Rajnath'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2019-05-31' }],
  },

  // ══ Pakistan, Bangladesh, Sri Lanka ════════════════════════════════════════
  {
    id: 'nawaz-sharif', name: 'Nawaz Sharif', country: 'PK',
    variants: ['Nawaz Sharif', 'Mian Nawaz Sharif'], titledForms: ['Sharif', 'Nawaz'],
    offices: [{ title: 'thu-tuong', from: '2013-06-05', to: '2017-07-28' }],
  },
  {
    id: 'shahid-khaqan-abbasi', name: 'Shahid Khaqan Abbasi', country: 'PK',
    variants: ['Shahid Khaqan Abbasi'], titledForms: ['Abbasi'],
    offices: [{ title: 'thu-tuong', from: '2017-08-01', to: '2018-05-31' }],
  },
  {
    id: 'imran-khan', name: 'Imran Khan', country: 'PK',
    variants: ['Imran Khan'], titledForms: ['Khan', 'Imran'],
    offices: [{ title: 'thu-tuong', from: '2018-08-18', to: '2022-04-10' }],
  },
  {
    id: 'shehbaz-sharif', name: 'Shehbaz Sharif', country: 'PK',
    variants: ['Shehbaz Sharif', 'Shahbaz Sharif'], titledForms: ['Sharif', 'Shehbaz'],
    offices: [
      { title: 'thu-tuong', from: '2022-04-11', to: '2023-08-14' },
      { title: 'thu-tuong', from: '2024-03-04' },
    ],
  },
  {
    id: 'anwaar-ul-haq-kakar', name: 'Anwaar-ul-Haq Kakar', country: 'PK',
    variants: ['Anwaar-ul-Haq Kakar', 'Anwar-ul-Haq Kakar'], titledForms: ['Kakar'],
    offices: [{ title: 'quyen-thu-tuong', from: '2023-08-14', to: '2024-03-04' }],
  },
  {
    id: 'mamnoon-hussain', name: 'Mamnoon Hussain', country: 'PK',
    variants: ['Mamnoon Hussain'], titledForms: ['Hussain'],
    offices: [{ title: 'tong-thong', from: '2013-09-09', to: '2018-09-09' }],
  },
  {
    id: 'arif-alvi', name: 'Arif Alvi', country: 'PK',
    variants: ['Arif Alvi'], titledForms: ['Alvi'],
    offices: [{ title: 'tong-thong', from: '2018-09-09', to: '2024-03-10' }],
  },
  {
    id: 'asif-ali-zardari', name: 'Asif Ali Zardari', country: 'PK',
    variants: ['Asif Ali Zardari'], titledForms: ['Zardari'],
    offices: [{ title: 'tong-thong', from: '2024-03-10' }],
  },
  {
    id: 'khawaja-asif', name: 'Khawaja Asif', country: 'PK',
    variants: ['Khawaja Asif', 'Khawaja Muhammad Asif'], titledForms: ['Asif'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2017-08-04', to: '2018-04-26' },
      { title: 'bo-truong-quoc-phong', from: '2024-03-11' },
    ],
  },
  {
    id: 'shah-mahmood-qureshi', name: 'Shah Mahmood Qureshi', country: 'PK',
    variants: ['Shah Mahmood Qureshi'], titledForms: ['Qureshi'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2018-08-20', to: '2022-04-10' }],
  },
  {
    id: 'bilawal-bhutto-zardari', name: 'Bilawal Bhutto Zardari', country: 'PK',
    variants: ['Bilawal Bhutto Zardari', 'Bilawal Bhutto'], titledForms: ['Bilawal', 'Bhutto'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2022-04-27', to: '2023-08-10' }],
  },
  {
    id: 'jalil-abbas-jilani', name: 'Jalil Abbas Jilani', country: 'PK',
    variants: ['Jalil Abbas Jilani'], titledForms: ['Jilani'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2023-08-17', to: '2024-03-04' }],
  },
  {
    id: 'ishaq-dar', name: 'Ishaq Dar', country: 'PK',
    variants: ['Ishaq Dar', 'Muhammad Ishaq Dar'], titledForms: ['Dar'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2024-03-11' },
      { title: 'pho-thu-tuong', from: '2024-04-28' },
    ],
  },
  {
    id: 'sheikh-hasina', name: 'Sheikh Hasina', country: 'BD',
    variants: ['Sheikh Hasina', 'Sheikh Hasina Wazed'], titledForms: ['Hasina'],
    offices: [{ title: 'thu-tuong', from: '2009-01-06', to: '2024-08-05' }],
  },
  {
    id: 'muhammad-yunus', name: 'Muhammad Yunus', country: 'BD',
    variants: ['Muhammad Yunus'], titledForms: ['Yunus'],
    offices: [{ title: 'co-van-truong', from: '2024-08-08' }],
  },
  {
    id: 'ranil-wickremesinghe', name: 'Ranil Wickremesinghe', country: 'LK',
    variants: ['Ranil Wickremesinghe', 'Wickremesinghe'],
    offices: [
      { title: 'thu-tuong', from: '2015-01-09', to: '2019-11-21' },
      { title: 'tong-thong', from: '2022-07-21', to: '2024-09-23' },
    ],
  },
  {
    id: 'anura-kumara-dissanayake', name: 'Anura Kumara Dissanayake', country: 'LK',
    variants: ['Anura Kumara Dissanayake'], titledForms: ['Anura', 'Dissanayake'],
    offices: [{ title: 'tong-thong', from: '2024-09-23' }],
  },
  {
    id: 'abdul-hamid', name: 'Abdul Hamid', country: 'BD',
    variants: ['Abdul Hamid', 'Mohammad Abdul Hamid'],
    offices: [{ title: 'tong-thong', from: '2013-04-24', to: '2023-04-24' }],
  },
  {
    id: 'mohammed-shahabuddin', name: 'Mohammed Shahabuddin', country: 'BD',
    variants: ['Mohammed Shahabuddin', 'Mohammad Shahabuddin'], titledForms: ['Shahabuddin'],
    offices: [{ title: 'tong-thong', from: '2023-04-24' }],
  },
  {
    id: 'maithripala-sirisena', name: 'Maithripala Sirisena', country: 'LK',
    variants: ['Maithripala Sirisena', 'Sirisena'],
    offices: [{ title: 'tong-thong', from: '2015-01-09', to: '2019-11-18' }],
  },
  {
    id: 'gotabaya-rajapaksa', name: 'Gotabaya Rajapaksa', country: 'LK',
    variants: ['Gotabaya Rajapaksa'], titledForms: ['Gotabaya'],
    offices: [{ title: 'tong-thong', from: '2019-11-18', to: '2022-07-14' }],
  },
  {
    id: 'mahinda-rajapaksa', name: 'Mahinda Rajapaksa', country: 'LK',
    variants: ['Mahinda Rajapaksa'], titledForms: ['Mahinda'],
    offices: [
      { title: 'tong-thong', from: '2005-11-19', to: '2015-01-09' },
      { title: 'thu-tuong', from: '2019-11-21', to: '2022-05-12' },
    ],
  },
  {
    id: 'dinesh-gunawardena', name: 'Dinesh Gunawardena', country: 'LK',
    variants: ['Dinesh Gunawardena'], titledForms: ['Gunawardena'],
    offices: [{ title: 'thu-tuong', from: '2022-07-22', to: '2024-09-23' }],
  },
  {
    id: 'harini-amarasuriya', name: 'Harini Amarasuriya', country: 'LK',
    variants: ['Harini Amarasuriya', 'Amarasuriya'],
    offices: [{ title: 'thu-tuong', from: '2024-09-24' }],
  },

  // ══ Afghanistan, Nepal, Maldives, Bhutan ═══════════════════════════════════
  {
    id: 'ashraf-ghani', name: 'Ashraf Ghani', country: 'AF',
    variants: ['Ashraf Ghani', 'Mohammad Ashraf Ghani'], titledForms: ['Ghani'],
    offices: [{ title: 'tong-thong', from: '2014-09-29', to: '2021-08-15' }],
  },
  {
    id: 'kp-sharma-oli', name: 'Khadga Prasad Sharma Oli', country: 'NP',
    variants: ['Khadga Prasad Sharma Oli', 'K.P. Sharma Oli', 'KP Sharma Oli', 'K. P. Sharma Oli'], titledForms: ['Oli'],
    offices: [
      { title: 'thu-tuong', from: '2015', to: '2016' },
      { title: 'thu-tuong', from: '2018', to: '2021' },
      { title: 'thu-tuong', from: '2024-07-15', to: '2025-09-09' },
    ],
  },
  {
    id: 'pushpa-kamal-dahal', name: 'Pushpa Kamal Dahal', country: 'NP',
    variants: ['Pushpa Kamal Dahal', 'Prachanda'], titledForms: ['Dahal'],
    offices: [
      { title: 'thu-tuong', from: '2016', to: '2017' },
      { title: 'thu-tuong', from: '2022', to: '2024' },
    ],
  },
  {
    id: 'sher-bahadur-deuba', name: 'Sher Bahadur Deuba', country: 'NP',
    variants: ['Sher Bahadur Deuba', 'Deuba'],
    offices: [
      { title: 'thu-tuong', from: '2017', to: '2018' },
      { title: 'thu-tuong', from: '2021', to: '2022' },
    ],
  },
  {
    id: 'sushila-karki', name: 'Sushila Karki', country: 'NP',
    variants: ['Sushila Karki'], titledForms: ['Karki'],
    offices: [{ title: 'thu-tuong', from: '2025-09-12' }],
  },
  {
    id: 'abdulla-yameen', name: 'Abdulla Yameen', country: 'MV',
    variants: ['Abdulla Yameen', 'Abdulla Yameen Abdul Gayoom', 'Yameen'],
    offices: [{ title: 'tong-thong', from: '2013-11-17', to: '2018-11-17' }],
  },
  {
    id: 'ibrahim-mohamed-solih', name: 'Ibrahim Mohamed Solih', country: 'MV',
    variants: ['Ibrahim Mohamed Solih', 'Ibrahim Solih', 'Solih'],
    offices: [{ title: 'tong-thong', from: '2018-11-17', to: '2023-11-17' }],
  },
  {
    id: 'mohamed-muizzu', name: 'Mohamed Muizzu', country: 'MV',
    variants: ['Mohamed Muizzu', 'Muizzu'],
    offices: [{ title: 'tong-thong', from: '2023-11-17' }],
  },
  {
    id: 'jigme-khesar-namgyel-wangchuck', name: 'Jigme Khesar Namgyel Wangchuck', country: 'BT',
    variants: ['Jigme Khesar Namgyel Wangchuck'],
    offices: [{ title: 'quoc-vuong', from: '2006-12-09' }],
  },
  {
    id: 'tshering-tobgay', name: 'Tshering Tobgay', country: 'BT',
    variants: ['Tshering Tobgay', 'Tobgay'],
    offices: [
      { title: 'thu-tuong', from: '2013', to: '2018' },
      { title: 'thu-tuong', from: '2024-01-28' },
    ],
  },
  {
    id: 'lotay-tshering', name: 'Lotay Tshering', country: 'BT',
    variants: ['Lotay Tshering'],
    offices: [{ title: 'thu-tuong', from: '2018-11-07', to: '2024-01-28' }],
  },

  // ══ Trung Á ════════════════════════════════════════════════════════════════
  {
    id: 'nursultan-nazarbayev', name: 'Nursultan Nazarbayev', country: 'KZ',
    variants: ['Nursultan Nazarbayev', 'Nursultan Nazarbaev', 'Nazarbayev', 'Nazarbaev', 'Nu-xun-tan Na-da-bai-ép', 'Na-da-bai-ép'],
    offices: [{ title: 'tong-thong', from: '1991-12-16', to: '2019-03-20' }],
  },
  {
    id: 'kassym-jomart-tokayev', name: 'Kassym-Jomart Tokayev', country: 'KZ',
    variants: ['Kassym-Jomart Tokayev', 'Kassym-Zhomart Tokayev', 'Tokayev', 'Tokaev', 'Tô-ca-ép'],
    offices: [{ title: 'tong-thong', from: '2019-03-20' }],
  },
  {
    id: 'karim-massimov', name: 'Karim Massimov', country: 'KZ',
    variants: ['Karim Massimov', 'Massimov'],
    offices: [{ title: 'thu-tuong', from: '2014-04-02', to: '2016-09-08' }],
  },
  {
    id: 'bakhytzhan-sagintayev', name: 'Bakhytzhan Sagintayev', country: 'KZ',
    variants: ['Bakhytzhan Sagintayev', 'Sagintayev'],
    offices: [{ title: 'thu-tuong', from: '2016-09-09', to: '2019-02-21' }],
  },
  {
    id: 'askar-mamin', name: 'Askar Mamin', country: 'KZ',
    variants: ['Askar Mamin'], titledForms: ['Mamin'],
    offices: [{ title: 'thu-tuong', from: '2019-02-25', to: '2022-01-05' }],
  },
  {
    id: 'alikhan-smailov', name: 'Alikhan Smailov', country: 'KZ',
    variants: ['Alikhan Smailov', 'Smailov'],
    offices: [{ title: 'thu-tuong', from: '2022-01-11', to: '2024-02-05' }],
  },
  {
    id: 'olzhas-bektenov', name: 'Olzhas Bektenov', country: 'KZ',
    variants: ['Olzhas Bektenov', 'Oljas Bektenov', 'Bektenov'],
    offices: [{ title: 'thu-tuong', from: '2024-02-06' }],
  },
  {
    id: 'mukhtar-tileuberdi', name: 'Mukhtar Tileuberdi', country: 'KZ',
    variants: ['Mukhtar Tileuberdi', 'Tileuberdi'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2019-09-18', to: '2023-04-01' }],
  },
  {
    id: 'murat-nurtleu', name: 'Murat Nurtleu', country: 'KZ',
    variants: ['Murat Nurtleu', 'Nurtleu'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2023-04-01', to: '2025' }],
  },
  {
    id: 'yermek-kosherbayev', name: 'Yermek Kosherbayev', country: 'KZ',
    variants: ['Yermek Kosherbayev', 'Kosherbayev'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2025' }],
  },
  {
    id: 'shavkat-mirziyoyev', name: 'Shavkat Mirziyoyev', country: 'UZ',
    variants: ['Shavkat Mirziyoyev', 'Shavkat Mirziyoev', 'Mirziyoyev', 'Mirziyoev'],
    offices: [
      { title: 'quyen-tong-thong', from: '2016-09-08', to: '2016-12-14' },
      { title: 'tong-thong', from: '2016-12-14' },
    ],
  },
  {
    id: 'sadyr-japarov', name: 'Sadyr Japarov', country: 'KG',
    variants: ['Sadyr Japarov', 'Sadyr Zhaparov', 'Japarov'],
    offices: [{ title: 'tong-thong', from: '2021-01-28' }],
  },
  {
    id: 'emomali-rahmon', name: 'Emomali Rahmon', country: 'TJ',
    variants: ['Emomali Rahmon', 'Rahmon'],
    offices: [{ title: 'tong-thong', from: '1994-11-16' }],
  },
  {
    id: 'serdar-berdimuhamedow', name: 'Serdar Berdimuhamedow', country: 'TM',
    variants: ['Serdar Berdimuhamedow', 'Serdar Berdimuhamedov'], titledForms: ['Berdimuhamedow', 'Serdar'],
    offices: [{ title: 'tong-thong', from: '2022-03-19' }],
  },
  {
    id: 'almazbek-atambayev', name: 'Almazbek Atambayev', country: 'KG',
    variants: ['Almazbek Atambayev', 'Atambayev'],
    offices: [{ title: 'tong-thong', from: '2011-12-01', to: '2017-11-24' }],
  },
  {
    id: 'sooronbay-jeenbekov', name: 'Sooronbay Jeenbekov', country: 'KG',
    variants: ['Sooronbay Jeenbekov', 'Jeenbekov'],
    offices: [{ title: 'tong-thong', from: '2017-11-24', to: '2020-10-15' }],
  },
  {
    id: 'islam-karimov', name: 'Islam Karimov', country: 'UZ',
    variants: ['Islam Karimov'], titledForms: ['Karimov'],
    offices: [{ title: 'tong-thong', from: '1991-09-01', to: '2016-09-02' }],
  },
  {
    id: 'abdulla-aripov', name: 'Abdulla Aripov', country: 'UZ',
    variants: ['Abdulla Aripov'], titledForms: ['Aripov'],
    offices: [{ title: 'thu-tuong', from: '2016-12-14' }],
  },
  {
    id: 'gurbanguly-berdimuhamedow', name: 'Gurbanguly Berdimuhamedow', country: 'TM',
    variants: ['Gurbanguly Berdimuhamedow', 'Gurbanguly Berdimuhamedov'], titledForms: ['Gurbanguly'],
    offices: [{ title: 'tong-thong', from: '2007-02-14', to: '2022-03-19' }],
  },

  // ══ Nga ════════════════════════════════════════════════════════════════════
  {
    id: 'vladimir-putin', name: 'Vladimir Putin', country: 'RU',
    variants: ['Vladimir Putin', 'Vladimir Vladimirovich Putin', 'V. Putin', 'Putin', 'Vla-đi-mia Pu-tin', 'Vladimir Pu-tin', 'V. Pu-tin', 'Pu-tin'],
    offices: [
      { title: 'thu-tuong', from: '2008-05-08', to: '2012-05-07' },
      { title: 'tong-thong', from: '2012-05-07' },
    ],
  },
  {
    id: 'dmitry-medvedev', name: 'Dmitry Medvedev', country: 'RU',
    variants: ['Dmitry Medvedev', 'Dmitri Medvedev', 'Dmitriy Medvedev', 'Medvedev', 'Đmi-tri Mét-vê-đép', 'Đ. Mét-vê-đép', 'Mét-vê-đép'],
    offices: [
      { title: 'tong-thong', from: '2008-05-07', to: '2012-05-07' },
      { title: 'thu-tuong', from: '2012-05-08', to: '2020-01-16' },
    ],
  },
  {
    id: 'mikhail-mishustin', name: 'Mikhail Mishustin', country: 'RU',
    variants: ['Mikhail Mishustin', 'Mishustin', 'Mi-kha-in Mi-su-xtin', 'Mi-su-xtin'],
    offices: [{ title: 'thu-tuong', from: '2020-01-16' }],
  },
  {
    id: 'sergey-lavrov', name: 'Sergey Lavrov', country: 'RU',
    variants: ['Sergey Lavrov', 'Sergei Lavrov', 'Sergei Viktorovich Lavrov', 'S. Lavrov', 'Lavrov', 'Xéc-gây La-vrốp', 'X. La-vrốp', 'La-vrốp'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2004-03-09' }],
  },
  {
    id: 'sergei-shoigu', name: 'Sergei Shoigu', country: 'RU',
    variants: ['Sergei Shoigu', 'Sergey Shoigu', 'Shoigu', 'Xéc-gây Sôi-gu', 'Sôi-gu'],
    offices: [
      { title: 'bo-truong-quoc-phong', from: '2012-11-06', to: '2024-05-12' },
      { title: 'thu-ky-hoi-dong-an-ninh', from: '2024-05-12' },
    ],
  },
  {
    id: 'andrei-belousov', name: 'Andrei Belousov', country: 'RU',
    variants: ['Andrei Belousov', 'Andrey Belousov', 'Belousov'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2024-05-14' }],
  },
  {
    id: 'nikolai-patrushev', name: 'Nikolai Patrushev', country: 'RU',
    variants: ['Nikolai Patrushev', 'Nikolay Patrushev'], titledForms: ['Patrushev'],
    offices: [{ title: 'thu-ky-hoi-dong-an-ninh', from: '2008-05-12', to: '2024-05-12' }],
  },
  {
    id: 'yuri-ushakov', name: 'Yuri Ushakov', country: 'RU',
    variants: ['Yuri Ushakov', 'Yury Ushakov', 'Yuriy Ushakov'], titledForms: ['Ushakov'],
    offices: [{ title: 'tro-ly-tong-thong', from: '2012-05-21' }],
  },
  {
    id: 'valery-gerasimov', name: 'Valery Gerasimov', country: 'RU',
    variants: ['Valery Gerasimov', 'Valeri Gerasimov', 'Gerasimov'],
    offices: [{ title: 'tong-tham-muu-truong', from: '2012-11-09' }],
  },
  {
    id: 'kirill-dmitriev', name: 'Kirill Dmitriev', country: 'RU',
    variants: ['Kirill Dmitriev', 'Kirill Dmitriyev'], titledForms: ['Dmitriev'],
    offices: [{ title: 'dac-phai-vien', from: '2025' }],
  },
  {
    id: 'vyacheslav-volodin', name: 'Vyacheslav Volodin', country: 'RU',
    variants: ['Vyacheslav Volodin', 'Volodin'],
    offices: [{ title: 'chu-tich-ha-vien', from: '2016-10-05' }],
  },
  {
    id: 'valentina-matviyenko', name: 'Valentina Matviyenko', country: 'RU',
    variants: ['Valentina Matviyenko', 'Valentina Matvienko', 'Matviyenko', 'Matvienko'],
    offices: [{ title: 'chu-tich-thuong-vien', from: '2011-09-21' }],
  },

  // ══ Ukraine ════════════════════════════════════════════════════════════════
  {
    id: 'petro-poroshenko', name: 'Petro Poroshenko', country: 'UA',
    variants: ['Petro Poroshenko', 'Poroshenko', 'Pê-tơ-rô Pô-rô-sen-cô', 'Pô-rô-sen-cô'],
    offices: [{ title: 'tong-thong', from: '2014-06-07', to: '2019-05-20' }],
  },
  {
    id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', country: 'UA',
    variants: [
      'Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Volodymyr Zelenskiy', 'Volodymyr Zelenskii', 'Vladimir Zelensky',
      'Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenskii', 'Zelenski', 'Volodymyr Zelenski', 'Vô-lô-đi-mia Dê-len-xki', 'Dê-len-xki', 'Dê-len-xky',
    ],
    offices: [{ title: 'tong-thong', from: '2019-05-20' }],
  },
  {
    id: 'arseniy-yatsenyuk', name: 'Arseniy Yatsenyuk', country: 'UA',
    variants: ['Arseniy Yatsenyuk', 'Arseny Yatsenyuk', 'Arseniy Yatseniuk', 'Yatsenyuk', 'Yatseniuk'],
    offices: [{ title: 'thu-tuong', from: '2014-02-27', to: '2016-04-14' }],
  },
  {
    id: 'volodymyr-groysman', name: 'Volodymyr Groysman', country: 'UA',
    variants: ['Volodymyr Groysman', 'Volodymyr Hroisman', 'Vladimir Groysman', 'Groysman', 'Hroisman'],
    offices: [{ title: 'thu-tuong', from: '2016-04-14', to: '2019-08-29' }],
  },
  {
    id: 'oleksiy-honcharuk', name: 'Oleksiy Honcharuk', country: 'UA',
    variants: ['Oleksiy Honcharuk', 'Oleksii Honcharuk', 'Oleksiy Goncharuk', 'Honcharuk', 'Goncharuk'],
    offices: [{ title: 'thu-tuong', from: '2019-08-29', to: '2020-03-04' }],
  },
  {
    id: 'denys-shmyhal', name: 'Denys Shmyhal', country: 'UA',
    variants: ['Denys Shmyhal', 'Denis Shmyhal', 'Denys Shmygal', 'Denis Shmygal', 'Shmyhal', 'Shmygal'],
    offices: [
      { title: 'thu-tuong', from: '2020-03-04', to: '2025-07-17' },
      { title: 'bo-truong-quoc-phong', from: '2025-07-17' },
    ],
  },
  {
    id: 'yulia-svyrydenko', name: 'Yulia Svyrydenko', country: 'UA',
    variants: ['Yulia Svyrydenko', 'Yuliia Svyrydenko', 'Yulia Sviridenko', 'Svyrydenko', 'Sviridenko'],
    offices: [
      { title: 'pho-thu-tuong', from: '2021-11-04', to: '2025-07-17' },
      { title: 'thu-tuong', from: '2025-07-17' },
    ],
  },
  {
    id: 'pavlo-klimkin', name: 'Pavlo Klimkin', country: 'UA',
    variants: ['Pavlo Klimkin', 'Pavel Klimkin', 'Klimkin'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2014-06-19', to: '2019-08-29' }],
  },
  {
    id: 'vadym-prystaiko', name: 'Vadym Prystaiko', country: 'UA',
    variants: ['Vadym Prystaiko', 'Vadim Prystaiko', 'Prystaiko'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2019-08-29', to: '2020-03-04' }],
  },
  {
    id: 'dmytro-kuleba', name: 'Dmytro Kuleba', country: 'UA',
    variants: ['Dmytro Kuleba', 'Dmitry Kuleba', 'Kuleba'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2020-03-04', to: '2024-09-05' }],
  },
  {
    id: 'andrii-sybiha', name: 'Andrii Sybiha', country: 'UA',
    variants: ['Andrii Sybiha', 'Andriy Sybiha', 'Andrii Sybiga', 'Andriy Sybiga', 'Andrei Sybiga', 'Sybiha', 'Sybiga'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2024-09-05' }],
  },
  {
    id: 'rustem-umerov', name: 'Rustem Umerov', country: 'UA',
    variants: ['Rustem Umerov', 'Umerov'],
    offices: [
      { title: 'bo-truong-quoc-phong', from: '2023-09-06', to: '2025-07-17' },
      { title: 'thu-ky-hoi-dong-an-ninh', from: '2025-07-17' },
    ],
  },
  {
    id: 'stepan-poltorak', name: 'Stepan Poltorak', country: 'UA',
    variants: ['Stepan Poltorak', 'Poltorak'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2014-10-14', to: '2019-08-29' }],
  },
  {
    id: 'andriy-zagorodnyuk', name: 'Andriy Zagorodnyuk', country: 'UA',
    variants: ['Andriy Zagorodnyuk', 'Zagorodnyuk'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2019-08-29', to: '2020-03-04' }],
  },
  {
    id: 'andrii-taran', name: 'Andrii Taran', country: 'UA',
    variants: ['Andrii Taran', 'Andriy Taran'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2020-03-04', to: '2021-11-03' }],
  },
  {
    id: 'oleksii-reznikov', name: 'Oleksii Reznikov', country: 'UA',
    variants: ['Oleksii Reznikov', 'Oleksiy Reznikov', 'Reznikov'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2021-11-04', to: '2023-09-05' }],
  },

  // ══ Belarus ════════════════════════════════════════════════════════════════
  {
    id: 'alexander-lukashenko', name: 'Alexander Lukashenko', country: 'BY',
    variants: ['Alexander Lukashenko', 'Aleksandr Lukashenko', 'Alyaksandr Lukashenka', 'Lukashenko', 'Lukashenka', 'A-lếch-xan-đơ Lu-ca-sen-cô', 'Lu-ca-sen-cô'],
    offices: [{ title: 'tong-thong', from: '1994-07-20' }],
  },
  {
    id: 'vladimir-makei', name: 'Vladimir Makei', country: 'BY',
    variants: ['Vladimir Makei', 'Uladzimir Makei', 'Makei'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2012-08-20', to: '2022-11-26' }],
  },
  {
    id: 'sergei-aleinik', name: 'Sergei Aleinik', country: 'BY',
    variants: ['Sergei Aleinik', 'Sergey Aleinik', 'Siarhei Aleinik', 'Aleinik'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2022-12-20', to: '2024' }],
  },
  {
    id: 'maxim-ryzhenkov', name: 'Maxim Ryzhenkov', country: 'BY',
    variants: ['Maxim Ryzhenkov', 'Maksim Ryzhenkov', 'Ryzhenkov'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2024' }],
  },

  // ══ Anh ════════════════════════════════════════════════════════════════════
  {
    id: 'elizabeth-ii', name: 'Elizabeth II', country: 'GB',
    variants: ['Elizabeth II', 'Elizabeth Đệ nhị', 'Ê-li-da-bét II'], titledForms: ['Elizabeth'],
    offices: [{ title: 'nu-hoang', from: '1952-02-06', to: '2022-09-08' }],
  },
  {
    id: 'charles-iii', name: 'Charles III', country: 'GB',
    variants: ['Charles III', 'Charles Đệ tam'], titledForms: ['Charles'],
    offices: [
      { title: 'thai-tu', from: '1952-02-06', to: '2022-09-08' },
      { title: 'quoc-vuong', from: '2022-09-08' },
    ],
  },
  {
    id: 'david-cameron', name: 'David Cameron', country: 'GB',
    variants: ['David Cameron', 'Cameron', 'Đa-vít Ca-mơ-rơn', 'Ca-mơ-rơn'],
    offices: [
      { title: 'thu-tuong', from: '2010-05-11', to: '2016-07-13' },
      { title: 'bo-truong-ngoai-giao', from: '2023-11-13', to: '2024-07-05' },
    ],
  },
  {
    id: 'theresa-may', name: 'Theresa May', country: 'GB',
    variants: ['Theresa May', 'Tê-rê-xa Mây'], titledForms: ['May', 'Mây'],
    offices: [{ title: 'thu-tuong', from: '2016-07-13', to: '2019-07-24' }],
  },
  {
    id: 'boris-johnson', name: 'Boris Johnson', country: 'GB',
    variants: ['Boris Johnson', 'Bô-rít Giôn-xơn'], titledForms: ['Johnson', 'Giôn-xơn'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2016-07-13', to: '2018-07-09' },
      { title: 'thu-tuong', from: '2019-07-24', to: '2022-09-06' },
    ],
  },
  {
    id: 'liz-truss', name: 'Liz Truss', country: 'GB',
    variants: ['Liz Truss', 'Elizabeth Truss', 'Truss', 'Li-dơ Tơ-rớt'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2021-09-15', to: '2022-09-06' },
      { title: 'thu-tuong', from: '2022-09-06', to: '2022-10-25' },
    ],
  },
  {
    id: 'rishi-sunak', name: 'Rishi Sunak', country: 'GB',
    variants: ['Rishi Sunak', 'Sunak', 'Ri-si Xu-nác'],
    offices: [{ title: 'thu-tuong', from: '2022-10-25', to: '2024-07-05' }],
  },
  {
    id: 'keir-starmer', name: 'Keir Starmer', country: 'GB',
    variants: ['Keir Starmer', 'Starmer'],
    offices: [{ title: 'thu-tuong', from: '2024-07-05' }],
  },
  {
    id: 'philip-hammond', name: 'Philip Hammond', country: 'GB',
    variants: ['Philip Hammond'], titledForms: ['Hammond'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2014-07-15', to: '2016-07-13' },
      { title: 'bo-truong-quoc-phong', from: '2011-10-14', to: '2014-07-15' },
    ],
  },
  {
    id: 'jeremy-hunt', name: 'Jeremy Hunt', country: 'GB',
    variants: ['Jeremy Hunt'], titledForms: ['Hunt'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2018-07-09', to: '2019-07-24' }],
  },
  {
    id: 'dominic-raab', name: 'Dominic Raab', country: 'GB',
    variants: ['Dominic Raab', 'Raab'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2019-07-24', to: '2021-09-15' }],
  },
  {
    id: 'james-cleverly', name: 'James Cleverly', country: 'GB',
    variants: ['James Cleverly', 'Cleverly'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2022-09-06', to: '2023-11-13' }],
  },
  {
    id: 'david-lammy', name: 'David Lammy', country: 'GB',
    variants: ['David Lammy', 'Lammy'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2024-07-05', to: '2025-09-05' },
      { title: 'pho-thu-tuong', from: '2025-09-05' },
    ],
  },
  {
    id: 'yvette-cooper', name: 'Yvette Cooper', country: 'GB',
    variants: ['Yvette Cooper'], titledForms: ['Cooper'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2025-09-05' }],
  },
  {
    id: 'william-hague', name: 'William Hague', country: 'GB',
    variants: ['William Hague'], titledForms: ['Hague'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2010-05-12', to: '2014-07-14' }],
  },
  {
    id: 'michael-fallon', name: 'Michael Fallon', country: 'GB',
    variants: ['Michael Fallon'], titledForms: ['Fallon'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2014-07-15', to: '2017-11-01' }],
  },
  {
    id: 'gavin-williamson', name: 'Gavin Williamson', country: 'GB',
    variants: ['Gavin Williamson'], titledForms: ['Williamson'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2017-11-02', to: '2019-05-01' }],
  },
  {
    id: 'penny-mordaunt', name: 'Penny Mordaunt', country: 'GB',
    variants: ['Penny Mordaunt', 'Mordaunt'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2019-05-01', to: '2019-07-24' }],
  },
  {
    id: 'ben-wallace', name: 'Ben Wallace', country: 'GB',
    variants: ['Ben Wallace'], titledForms: ['Wallace'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2019-07-24', to: '2023-08-31' }],
  },
  {
    id: 'grant-shapps', name: 'Grant Shapps', country: 'GB',
    variants: ['Grant Shapps', 'Shapps'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2023-08-31', to: '2024-07-05' }],
  },
  {
    id: 'john-healey', name: 'John Healey', country: 'GB',
    variants: ['John Healey'], titledForms: ['Healey'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2024-07-05' }],
  },

  // ══ Pháp ═══════════════════════════════════════════════════════════════════
  {
    id: 'francois-hollande', name: 'François Hollande', country: 'FR',
    variants: ['François Hollande', 'Francois Hollande', 'Hollande', 'Phrăng-xoa Ô-lăng', 'Ô-lăng'],
    offices: [{ title: 'tong-thong', from: '2012-05-15', to: '2017-05-14' }],
  },
  {
    id: 'emmanuel-macron', name: 'Emmanuel Macron', country: 'FR',
    variants: ['Emmanuel Macron', 'E. Macron', 'Macron', 'Ê-ma-nu-en Ma-crông', 'Emmanuel Ma-crông', 'Ma-crông'],
    offices: [{ title: 'tong-thong', from: '2017-05-14' }],
  },
  {
    id: 'manuel-valls', name: 'Manuel Valls', country: 'FR',
    variants: ['Manuel Valls', 'Valls', 'Ma-nu-en Van-xơ'],
    offices: [{ title: 'thu-tuong', from: '2014-03-31', to: '2016-12-06' }],
  },
  {
    id: 'bernard-cazeneuve', name: 'Bernard Cazeneuve', country: 'FR',
    variants: ['Bernard Cazeneuve', 'Cazeneuve'],
    offices: [{ title: 'thu-tuong', from: '2016-12-06', to: '2017-05-15' }],
  },
  {
    id: 'edouard-philippe', name: 'Édouard Philippe', country: 'FR',
    variants: ['Édouard Philippe', 'Edouard Philippe'], titledForms: ['Philippe'],
    offices: [{ title: 'thu-tuong', from: '2017-05-15', to: '2020-07-03' }],
  },
  {
    id: 'jean-castex', name: 'Jean Castex', country: 'FR',
    variants: ['Jean Castex', 'Castex'],
    offices: [{ title: 'thu-tuong', from: '2020-07-03', to: '2022-05-16' }],
  },
  {
    id: 'elisabeth-borne', name: 'Élisabeth Borne', country: 'FR',
    variants: ['Élisabeth Borne', 'Elisabeth Borne'], titledForms: ['Borne'],
    offices: [{ title: 'thu-tuong', from: '2022-05-16', to: '2024-01-09' }],
  },
  {
    id: 'gabriel-attal', name: 'Gabriel Attal', country: 'FR',
    variants: ['Gabriel Attal', 'Attal'],
    offices: [{ title: 'thu-tuong', from: '2024-01-09', to: '2024-09-05' }],
  },
  {
    id: 'michel-barnier', name: 'Michel Barnier', country: 'FR',
    variants: ['Michel Barnier', 'Barnier'],
    offices: [{ title: 'thu-tuong', from: '2024-09-05', to: '2024-12-13' }],
  },
  {
    id: 'francois-bayrou', name: 'François Bayrou', country: 'FR',
    variants: ['François Bayrou', 'Francois Bayrou', 'Bayrou'],
    offices: [{ title: 'thu-tuong', from: '2024-12-13', to: '2025-09-09' }],
  },
  {
    id: 'sebastien-lecornu', name: 'Sébastien Lecornu', country: 'FR',
    variants: ['Sébastien Lecornu', 'Sebastien Lecornu', 'Lecornu'],
    offices: [
      { title: 'bo-truong-quoc-phong', from: '2022-05-20', to: '2025-09-09' },
      { title: 'thu-tuong', from: '2025-09-09' },
    ],
  },
  {
    id: 'laurent-fabius', name: 'Laurent Fabius', country: 'FR',
    variants: ['Laurent Fabius', 'Fabius'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2012-05-16', to: '2016-02-11' }],
  },
  {
    id: 'jean-marc-ayrault', name: 'Jean-Marc Ayrault', country: 'FR',
    variants: ['Jean-Marc Ayrault', 'Ayrault'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2016-02-11', to: '2017-05-17' },
      { title: 'thu-tuong', from: '2012-05-15', to: '2014-03-31' },
    ],
  },
  {
    id: 'jean-yves-le-drian', name: 'Jean-Yves Le Drian', country: 'FR',
    variants: ['Jean-Yves Le Drian', 'Le Drian'],
    offices: [
      { title: 'bo-truong-quoc-phong', from: '2012-05-16', to: '2017-05-17' },
      { title: 'bo-truong-ngoai-giao', from: '2017-05-17', to: '2022-05-20' },
    ],
  },
  {
    id: 'catherine-colonna', name: 'Catherine Colonna', country: 'FR',
    variants: ['Catherine Colonna', 'Colonna'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2022-05-20', to: '2024-01-11' }],
  },
  {
    id: 'stephane-sejourne', name: 'Stéphane Séjourné', country: 'FR',
    variants: ['Stéphane Séjourné', 'Stephane Sejourne', 'Séjourné', 'Sejourne'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2024-01-11', to: '2024-09-21' }],
  },
  {
    id: 'jean-noel-barrot', name: 'Jean-Noël Barrot', country: 'FR',
    variants: ['Jean-Noël Barrot', 'Jean-Noel Barrot'], titledForms: ['Barrot'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2024-09-21' }],
  },
  {
    id: 'christine-lagarde', name: 'Christine Lagarde', country: 'FR',
    variants: ['Christine Lagarde', 'Lagarde'],
    offices: [
      { title: 'tong-giam-doc', of: 'IMF', from: '2011-07-05', to: '2019-09-12' },
      { title: 'chu-tich', of: 'ECB', from: '2019-11-01' },
    ],
  },
  {
    id: 'sylvie-goulard', name: 'Sylvie Goulard', country: 'FR',
    variants: ['Sylvie Goulard', 'Goulard'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2017-05-17', to: '2017-06-21' }],
  },
  {
    id: 'florence-parly', name: 'Florence Parly', country: 'FR',
    variants: ['Florence Parly', 'Parly'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2017-06-21', to: '2022-05-20' }],
  },

  // ══ Đức ════════════════════════════════════════════════════════════════════
  {
    id: 'joachim-gauck', name: 'Joachim Gauck', country: 'DE',
    variants: ['Joachim Gauck', 'Gauck'],
    offices: [{ title: 'tong-thong', from: '2012-03-18', to: '2017-03-18' }],
  },
  {
    id: 'frank-walter-steinmeier', name: 'Frank-Walter Steinmeier', country: 'DE',
    variants: ['Frank-Walter Steinmeier', 'Steinmeier'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2013-12-17', to: '2017-01-27' },
      { title: 'tong-thong', from: '2017-03-19' },
    ],
  },
  {
    id: 'angela-merkel', name: 'Angela Merkel', country: 'DE',
    variants: ['Angela Merkel', 'A. Merkel', 'Merkel', 'An-ghê-la Méc-ken', 'Méc-ken'],
    offices: [{ title: 'thu-tuong', from: '2005-11-22', to: '2021-12-08' }],
  },
  {
    id: 'olaf-scholz', name: 'Olaf Scholz', country: 'DE',
    variants: ['Olaf Scholz', 'Scholz', 'Ô-láp Sôn-xơ', 'Sôn-xơ'],
    offices: [{ title: 'thu-tuong', from: '2021-12-08', to: '2025-05-06' }],
  },
  {
    id: 'friedrich-merz', name: 'Friedrich Merz', country: 'DE',
    variants: ['Friedrich Merz', 'Merz'],
    offices: [{ title: 'thu-tuong', from: '2025-05-06' }],
  },
  {
    id: 'sigmar-gabriel', name: 'Sigmar Gabriel', country: 'DE',
    variants: ['Sigmar Gabriel'], titledForms: ['Gabriel'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2017-01-27', to: '2018-03-14' }],
  },
  {
    id: 'heiko-maas', name: 'Heiko Maas', country: 'DE',
    variants: ['Heiko Maas'], titledForms: ['Maas'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2018-03-14', to: '2021-12-08' }],
  },
  {
    id: 'annalena-baerbock', name: 'Annalena Baerbock', country: 'DE',
    variants: ['Annalena Baerbock', 'Baerbock'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2021-12-08', to: '2025-05-06' },
      { title: 'chu-tich', of: 'UNGA', from: '2025-09-09' },
    ],
  },
  {
    id: 'johann-wadephul', name: 'Johann Wadephul', country: 'DE',
    variants: ['Johann Wadephul', 'Wadephul'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2025-05-06' }],
  },
  {
    id: 'boris-pistorius', name: 'Boris Pistorius', country: 'DE',
    variants: ['Boris Pistorius'], titledForms: ['Pistorius'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2023-01-19' }],
  },
  {
    id: 'ursula-von-der-leyen', name: 'Ursula von der Leyen', country: 'DE',
    variants: ['Ursula von der Leyen', 'von der Leyen'], titledForms: ['Leyen'],
    offices: [
      { title: 'bo-truong-quoc-phong', from: '2013-12-17', to: '2019-07-17' },
      { title: 'chu-tich-uy-ban-chau-au', of: 'EU', from: '2019-12-01' },
    ],
  },
  {
    id: 'helga-schmid', name: 'Helga Schmid', country: 'DE',
    variants: ['Helga Schmid'], titledForms: ['Schmid'],
    offices: [{ title: 'tong-thu-ky', of: 'OSCE', from: '2020-12-04', to: '2024-09-03' }],
  },
  {
    id: 'guido-westerwelle', name: 'Guido Westerwelle', country: 'DE',
    variants: ['Guido Westerwelle', 'Westerwelle'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2009-10-28', to: '2013-12-17' }],
  },
  {
    id: 'annegret-kramp-karrenbauer', name: 'Annegret Kramp-Karrenbauer', country: 'DE',
    variants: ['Annegret Kramp-Karrenbauer', 'Kramp-Karrenbauer'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2019-07-17', to: '2021-12-08' }],
  },
  {
    id: 'christine-lambrecht', name: 'Christine Lambrecht', country: 'DE',
    variants: ['Christine Lambrecht', 'Lambrecht'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2021-12-08', to: '2023-01-19' }],
  },

  // ══ Italy ══════════════════════════════════════════════════════════════════
  {
    id: 'sergio-mattarella', name: 'Sergio Mattarella', country: 'IT',
    variants: ['Sergio Mattarella', 'Mattarella'],
    offices: [{ title: 'tong-thong', from: '2015-02-03' }],
  },
  {
    id: 'matteo-renzi', name: 'Matteo Renzi', country: 'IT',
    variants: ['Matteo Renzi', 'Renzi'],
    offices: [{ title: 'thu-tuong', from: '2014-02-22', to: '2016-12-12' }],
  },
  {
    id: 'paolo-gentiloni', name: 'Paolo Gentiloni', country: 'IT',
    variants: ['Paolo Gentiloni', 'Gentiloni'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2014-10-31', to: '2016-12-12' },
      { title: 'thu-tuong', from: '2016-12-12', to: '2018-06-01' },
    ],
  },
  {
    id: 'giuseppe-conte', name: 'Giuseppe Conte', country: 'IT',
    variants: ['Giuseppe Conte'], titledForms: ['Conte'],
    offices: [{ title: 'thu-tuong', from: '2018-06-01', to: '2021-02-13' }],
  },
  {
    id: 'mario-draghi', name: 'Mario Draghi', country: 'IT',
    variants: ['Mario Draghi', 'Draghi'],
    offices: [{ title: 'thu-tuong', from: '2021-02-13', to: '2022-10-22' }],
  },
  {
    id: 'giorgia-meloni', name: 'Giorgia Meloni', country: 'IT',
    variants: ['Giorgia Meloni', 'Meloni'],
    offices: [{ title: 'thu-tuong', from: '2022-10-22' }],
  },
  {
    id: 'federica-mogherini', name: 'Federica Mogherini', country: 'IT',
    variants: ['Federica Mogherini', 'Mogherini'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2014-02-22', to: '2014-10-31' },
      { title: 'dai-dien-cap-cao', of: 'EU', from: '2014-11-01', to: '2019-11-30' },
      { title: 'bo-truong-ngoai-giao', of: 'EU', from: '2014-11-01', to: '2019-11-30' },
    ],
  },
  {
    id: 'angelino-alfano', name: 'Angelino Alfano', country: 'IT',
    variants: ['Angelino Alfano', 'Alfano'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2016-12-12', to: '2018-06-01' }],
  },
  {
    id: 'enzo-moavero-milanesi', name: 'Enzo Moavero Milanesi', country: 'IT',
    variants: ['Enzo Moavero Milanesi', 'Moavero Milanesi', 'Moavero'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2018-06-01', to: '2019-09-05' }],
  },
  {
    id: 'luigi-di-maio', name: 'Luigi Di Maio', country: 'IT',
    variants: ['Luigi Di Maio', 'Di Maio'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2019-09-05', to: '2022-10-22' }],
  },
  {
    id: 'antonio-tajani', name: 'Antonio Tajani', country: 'IT',
    variants: ['Antonio Tajani', 'Tajani'],
    offices: [
      { title: 'chu-tich-nghi-vien-chau-au', of: 'EU', from: '2017-01-17', to: '2019-07-03' },
      { title: 'bo-truong-ngoai-giao', from: '2022-10-22' },
      { title: 'pho-thu-tuong', from: '2022-10-22' },
    ],
  },
  {
    id: 'david-sassoli', name: 'David Sassoli', country: 'IT',
    variants: ['David Sassoli', 'Sassoli'],
    offices: [{ title: 'chu-tich-nghi-vien-chau-au', of: 'EU', from: '2019-07-03', to: '2022-01-11' }],
  },
  {
    id: 'giorgio-napolitano', name: 'Giorgio Napolitano', country: 'IT',
    variants: ['Giorgio Napolitano', 'Napolitano'],
    offices: [{ title: 'tong-thong', from: '2006-05-15', to: '2015-01-14' }],
  },
  {
    id: 'emma-bonino', name: 'Emma Bonino', country: 'IT',
    variants: ['Emma Bonino', 'Bonino'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2013-04-28', to: '2014-02-22' }],
  },
  {
    id: 'roberta-pinotti', name: 'Roberta Pinotti', country: 'IT',
    variants: ['Roberta Pinotti', 'Pinotti'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2014-02-22', to: '2018-06-01' }],
  },
  {
    id: 'elisabetta-trenta', name: 'Elisabetta Trenta', country: 'IT',
    variants: ['Elisabetta Trenta'], titledForms: ['Trenta'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2018-06-01', to: '2019-09-05' }],
  },
  {
    id: 'lorenzo-guerini', name: 'Lorenzo Guerini', country: 'IT',
    variants: ['Lorenzo Guerini', 'Guerini'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2019-09-05', to: '2022-10-22' }],
  },
  {
    id: 'guido-crosetto', name: 'Guido Crosetto', country: 'IT',
    variants: ['Guido Crosetto', 'Crosetto'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2022-10-22' }],
  },
  {
    id: 'joseph-muscat', name: 'Joseph Muscat', country: 'MT',
    variants: ['Joseph Muscat'],
    offices: [{ title: 'thu-tuong', from: '2013-03-11', to: '2020-01-13' }],
  },
  {
    id: 'robert-abela', name: 'Robert Abela', country: 'MT',
    variants: ['Robert Abela'], titledForms: ['Abela'],
    offices: [{ title: 'thu-tuong', from: '2020-01-13' }],
  },

  // ══ Tây Ban Nha, Bồ Đào Nha ════════════════════════════════════════════════
  {
    id: 'felipe-vi', name: 'Felipe VI', country: 'ES',
    variants: ['Felipe VI', 'Felipe Đệ lục'], titledForms: ['Felipe'],
    offices: [{ title: 'quoc-vuong', from: '2014-06-19' }],
  },
  {
    id: 'mariano-rajoy', name: 'Mariano Rajoy', country: 'ES',
    variants: ['Mariano Rajoy', 'Rajoy', 'Ma-ri-a-nô Ra-khôi'],
    offices: [{ title: 'thu-tuong', from: '2011-12-21', to: '2018-06-02' }],
  },
  {
    id: 'pedro-sanchez', name: 'Pedro Sánchez', country: 'ES',
    variants: ['Pedro Sánchez', 'Pedro Sanchez', 'Pê-đrô Xan-chết'], titledForms: ['Sánchez', 'Sanchez'],
    offices: [{ title: 'thu-tuong', from: '2018-06-02' }],
  },
  {
    id: 'jose-manuel-garcia-margallo', name: 'José Manuel García-Margallo', country: 'ES',
    variants: ['José Manuel García-Margallo', 'Jose Manuel Garcia-Margallo', 'García-Margallo', 'Garcia-Margallo'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2011-12-22', to: '2016-11-04' }],
  },
  {
    id: 'alfonso-dastis', name: 'Alfonso Dastis', country: 'ES',
    variants: ['Alfonso Dastis', 'Dastis'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2016-11-04', to: '2018-06-07' }],
  },
  {
    id: 'josep-borrell', name: 'Josep Borrell', country: 'ES',
    variants: ['Josep Borrell', 'Josep Borrell Fontelles', 'Borrell'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2018-06-07', to: '2019-11-29' },
      { title: 'dai-dien-cap-cao', of: 'EU', from: '2019-12-01', to: '2024-11-30' },
      { title: 'bo-truong-ngoai-giao', of: 'EU', from: '2019-12-01', to: '2024-11-30' },
    ],
  },
  {
    id: 'arancha-gonzalez-laya', name: 'Arancha González Laya', country: 'ES',
    variants: ['Arancha González Laya', 'Arancha Gonzalez Laya', 'González Laya', 'Gonzalez Laya'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2020-01-13', to: '2021-07-12' }],
  },
  {
    id: 'jose-manuel-albares', name: 'José Manuel Albares', country: 'ES',
    variants: ['José Manuel Albares', 'Jose Manuel Albares', 'Albares'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2021-07-12' }],
  },
  {
    id: 'marcelo-rebelo-de-sousa', name: 'Marcelo Rebelo de Sousa', country: 'PT',
    variants: ['Marcelo Rebelo de Sousa', 'Rebelo de Sousa'],
    offices: [{ title: 'tong-thong', from: '2016-03-09', to: '2026-03-09' }],
  },
  {
    id: 'antonio-costa', name: 'António Costa', country: 'PT',
    variants: ['António Costa', 'Antonio Costa'], titledForms: ['Costa'],
    offices: [
      { title: 'thu-tuong', from: '2015-11-26', to: '2024-04-02' },
      { title: 'chu-tich-hoi-dong-chau-au', of: 'EU', from: '2024-12-01' },
    ],
  },
  {
    id: 'luis-montenegro', name: 'Luís Montenegro', country: 'PT',
    variants: ['Luís Montenegro', 'Luis Montenegro'],
    offices: [{ title: 'thu-tuong', from: '2024-04-02' }],
  },
  {
    id: 'antonio-guterres', name: 'António Guterres', country: 'PT',
    variants: ['António Guterres', 'Antonio Guterres', 'Guterres', 'An-tô-ni-ô Gu-tê-rét', 'Gu-tê-rét', 'A. Guterres'],
    offices: [
      { title: 'thu-tuong', from: '1995-10-28', to: '2002-04-06' },
      { title: 'tong-thu-ky', of: 'UN', from: '2017-01-01' },
    ],
  },
  {
    id: 'juan-carlos-i', name: 'Juan Carlos I', country: 'ES',
    variants: ['Juan Carlos I'], titledForms: ['Juan Carlos'],
    offices: [{ title: 'quoc-vuong', from: '1975-11-22', to: '2014-06-19' }],
  },
  {
    id: 'anibal-cavaco-silva', name: 'Aníbal Cavaco Silva', country: 'PT',
    variants: ['Aníbal Cavaco Silva', 'Anibal Cavaco Silva', 'Cavaco Silva'],
    offices: [{ title: 'tong-thong', from: '2006-03-09', to: '2016-03-09' }],
  },
  {
    id: 'pedro-passos-coelho', name: 'Pedro Passos Coelho', country: 'PT',
    variants: ['Pedro Passos Coelho', 'Passos Coelho'],
    offices: [{ title: 'thu-tuong', from: '2011-06-21', to: '2015-11-26' }],
  },

  // ══ Hà Lan, Bỉ, Luxembourg ═════════════════════════════════════════════════
  {
    id: 'willem-alexander', name: 'Willem-Alexander', country: 'NL',
    variants: ['Willem-Alexander'],
    offices: [{ title: 'quoc-vuong', from: '2013-04-30' }],
  },
  {
    id: 'mark-rutte', name: 'Mark Rutte', country: 'NL',
    variants: ['Mark Rutte', 'Rutte'],
    offices: [
      { title: 'thu-tuong', from: '2010-10-14', to: '2024-07-02' },
      { title: 'tong-thu-ky', of: 'NATO', from: '2024-10-01' },
    ],
  },
  {
    id: 'dick-schoof', name: 'Dick Schoof', country: 'NL',
    variants: ['Dick Schoof', 'Schoof'],
    offices: [{ title: 'thu-tuong', from: '2024-07-02' }],
  },
  {
    id: 'bert-koenders', name: 'Bert Koenders', country: 'NL',
    variants: ['Bert Koenders', 'Koenders'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2014-10-17', to: '2017-10-26' }],
  },
  {
    id: 'halbe-zijlstra', name: 'Halbe Zijlstra', country: 'NL',
    variants: ['Halbe Zijlstra', 'Zijlstra'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2017-10-26', to: '2018-02-13' }],
  },
  {
    id: 'stef-blok', name: 'Stef Blok', country: 'NL',
    variants: ['Stef Blok'], titledForms: ['Blok'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2018-03-07', to: '2021-05-25' }],
  },
  {
    id: 'sigrid-kaag', name: 'Sigrid Kaag', country: 'NL',
    variants: ['Sigrid Kaag', 'Kaag'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2021-05-25', to: '2021-09-17' }],
  },
  {
    id: 'wopke-hoekstra', name: 'Wopke Hoekstra', country: 'NL',
    variants: ['Wopke Hoekstra', 'Hoekstra'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2022-01-10', to: '2023-09-01' }],
  },
  {
    id: 'hanke-bruins-slot', name: 'Hanke Bruins Slot', country: 'NL',
    variants: ['Hanke Bruins Slot', 'Bruins Slot'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2023-09-05', to: '2024-07-02' }],
  },
  {
    id: 'caspar-veldkamp', name: 'Caspar Veldkamp', country: 'NL',
    variants: ['Caspar Veldkamp', 'Veldkamp'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2024-07-02', to: '2025-08-22' }],
  },
  {
    id: 'david-van-weel', name: 'David van Weel', country: 'NL',
    variants: ['David van Weel', 'Van Weel'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2025-08-23' }],
  },
  {
    id: 'charles-michel', name: 'Charles Michel', country: 'BE',
    variants: ['Charles Michel', 'Sác-lơ Mi-sen'], titledForms: ['Michel'],
    offices: [
      { title: 'thu-tuong', from: '2014-10-11', to: '2019-10-27' },
      { title: 'chu-tich-hoi-dong-chau-au', of: 'EU', from: '2019-12-01', to: '2024-11-30' },
    ],
  },
  {
    id: 'jean-claude-juncker', name: 'Jean-Claude Juncker', country: 'LU',
    variants: ['Jean-Claude Juncker', 'Juncker', 'Giăng-Clốt Giun-cơ'],
    offices: [{ title: 'chu-tich-uy-ban-chau-au', of: 'EU', from: '2014-11-01', to: '2019-11-30' }],
  },
  {
    id: 'albert-ii', name: 'Albert II', country: 'BE',
    variants: ['Albert II'],
    offices: [{ title: 'quoc-vuong', from: '1993-08-09', to: '2013-07-21' }],
  },
  {
    id: 'philippe-of-belgium', name: 'Philippe Léopold Louis Marie', country: 'BE',
    variants: ['Philippe Léopold Louis Marie', 'Philippe Leopold Louis Marie'], titledForms: ['Philippe'],
    offices: [{ title: 'quoc-vuong', from: '2013-07-21' }],
  },
  {
    id: 'elio-di-rupo', name: 'Elio Di Rupo', country: 'BE',
    variants: ['Elio Di Rupo', 'Di Rupo'],
    offices: [{ title: 'thu-tuong', from: '2011-12-06', to: '2014-10-11' }],
  },
  {
    id: 'sophie-wilmes', name: 'Sophie Wilmès', country: 'BE',
    variants: ['Sophie Wilmès', 'Sophie Wilmes', 'Wilmès', 'Wilmes'],
    offices: [{ title: 'thu-tuong', from: '2019-10-27', to: '2020-10-01' }],
  },
  {
    id: 'alexander-de-croo', name: 'Alexander De Croo', country: 'BE',
    variants: ['Alexander De Croo', 'De Croo'],
    offices: [{ title: 'thu-tuong', from: '2020-10-01', to: '2025-02-03' }],
  },
  {
    id: 'bart-de-wever', name: 'Bart De Wever', country: 'BE',
    variants: ['Bart De Wever', 'De Wever'],
    offices: [{ title: 'thu-tuong', from: '2025-02-03' }],
  },
  {
    id: 'xavier-bettel', name: 'Xavier Bettel', country: 'LU',
    variants: ['Xavier Bettel', 'Bettel'],
    offices: [{ title: 'thu-tuong', from: '2013-12-04', to: '2023-11-17' }],
  },
  {
    id: 'luc-frieden', name: 'Luc Frieden', country: 'LU',
    variants: ['Luc Frieden', 'Frieden'],
    offices: [{ title: 'thu-tuong', from: '2023-11-17' }],
  },

  // ══ Ireland, Áo, Thụy Sĩ ═══════════════════════════════════════════════════
  {
    id: 'enda-kenny', name: 'Enda Kenny', country: 'IE',
    variants: ['Enda Kenny'], titledForms: ['Kenny'],
    offices: [{ title: 'thu-tuong', from: '2011-03-09', to: '2017-06-14' }],
  },
  {
    id: 'leo-varadkar', name: 'Leo Varadkar', country: 'IE',
    variants: ['Leo Varadkar', 'Varadkar'],
    offices: [
      { title: 'thu-tuong', from: '2017-06-14', to: '2020-06-27' },
      { title: 'thu-tuong', from: '2022-12-17', to: '2024-04-09' },
    ],
  },
  {
    id: 'micheal-martin', name: 'Micheál Martin', country: 'IE',
    variants: ['Micheál Martin', 'Micheal Martin'],
    offices: [
      { title: 'thu-tuong', from: '2020-06-27', to: '2022-12-17' },
      { title: 'thu-tuong', from: '2025-01-23' },
    ],
  },
  {
    id: 'simon-harris', name: 'Simon Harris', country: 'IE',
    variants: ['Simon Harris'],
    offices: [{ title: 'thu-tuong', from: '2024-04-09', to: '2025-01-23' }],
  },
  {
    id: 'michael-d-higgins', name: 'Michael D. Higgins', country: 'IE',
    variants: ['Michael D. Higgins', 'Michael Higgins', 'Michael D Higgins'],
    offices: [{ title: 'tong-thong', from: '2011-11-11', to: '2025-11-11' }],
  },
  {
    id: 'catherine-connolly', name: 'Catherine Connolly', country: 'IE',
    variants: ['Catherine Connolly'],
    offices: [{ title: 'tong-thong', from: '2025-11-11' }],
  },
  {
    id: 'heinz-fischer', name: 'Heinz Fischer', country: 'AT',
    variants: ['Heinz Fischer'],
    offices: [{ title: 'tong-thong', from: '2004-07-08', to: '2016-07-08' }],
  },
  {
    id: 'alexander-van-der-bellen', name: 'Alexander Van der Bellen', country: 'AT',
    variants: ['Alexander Van der Bellen', 'Van der Bellen'],
    offices: [{ title: 'tong-thong', from: '2017-01-26' }],
  },
  {
    id: 'werner-faymann', name: 'Werner Faymann', country: 'AT',
    variants: ['Werner Faymann', 'Faymann'],
    offices: [{ title: 'thu-tuong', from: '2008-12-02', to: '2016-05-09' }],
  },
  {
    id: 'christian-kern', name: 'Christian Kern', country: 'AT',
    variants: ['Christian Kern'],
    offices: [{ title: 'thu-tuong', from: '2016-05-17', to: '2017-12-18' }],
  },
  {
    id: 'sebastian-kurz', name: 'Sebastian Kurz', country: 'AT',
    variants: ['Sebastian Kurz'], titledForms: ['Kurz'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2013-12-16', to: '2017-12-18' },
      { title: 'thu-tuong', from: '2017-12-18', to: '2019-05-28' },
      { title: 'thu-tuong', from: '2020-01-07', to: '2021-10-11' },
    ],
  },
  {
    id: 'brigitte-bierlein', name: 'Brigitte Bierlein', country: 'AT',
    variants: ['Brigitte Bierlein', 'Bierlein'],
    offices: [{ title: 'thu-tuong', from: '2019-06-03', to: '2020-01-07' }],
  },
  {
    id: 'alexander-schallenberg', name: 'Alexander Schallenberg', country: 'AT',
    variants: ['Alexander Schallenberg', 'Schallenberg'],
    offices: [
      { title: 'thu-tuong', from: '2021-10-11', to: '2021-12-06' },
      { title: 'thu-tuong', from: '2025-01-10', to: '2025-03-03' },
    ],
  },
  {
    id: 'karl-nehammer', name: 'Karl Nehammer', country: 'AT',
    variants: ['Karl Nehammer', 'Nehammer'],
    offices: [{ title: 'thu-tuong', from: '2021-12-06', to: '2025-01-10' }],
  },
  {
    id: 'christian-stocker', name: 'Christian Stocker', country: 'AT',
    variants: ['Christian Stocker'],
    offices: [{ title: 'thu-tuong', from: '2025-03-03' }],
  },

  // ══ Ba Lan, Hungary, Trung Âu ══════════════════════════════════════════════
  {
    id: 'andrzej-duda', name: 'Andrzej Duda', country: 'PL',
    variants: ['Andrzej Duda', 'An-giây Đu-đa'], titledForms: ['Duda'],
    offices: [{ title: 'tong-thong', from: '2015-08-06', to: '2025-08-06' }],
  },
  {
    id: 'karol-nawrocki', name: 'Karol Nawrocki', country: 'PL',
    variants: ['Karol Nawrocki', 'Nawrocki'],
    offices: [{ title: 'tong-thong', from: '2025-08-06' }],
  },
  {
    id: 'ewa-kopacz', name: 'Ewa Kopacz', country: 'PL',
    variants: ['Ewa Kopacz', 'Kopacz'],
    offices: [{ title: 'thu-tuong', from: '2014-09-22', to: '2015-11-16' }],
  },
  {
    id: 'beata-szydlo', name: 'Beata Szydło', country: 'PL',
    variants: ['Beata Szydło', 'Beata Szydlo', 'Szydło', 'Szydlo'],
    offices: [{ title: 'thu-tuong', from: '2015-11-16', to: '2017-12-11' }],
  },
  {
    id: 'mateusz-morawiecki', name: 'Mateusz Morawiecki', country: 'PL',
    variants: ['Mateusz Morawiecki', 'Morawiecki'],
    offices: [{ title: 'thu-tuong', from: '2017-12-11', to: '2023-12-13' }],
  },
  {
    id: 'donald-tusk', name: 'Donald Tusk', country: 'PL',
    variants: ['Donald Tusk', 'Tusk', 'Đô-nan Tu-xcơ'],
    offices: [
      { title: 'thu-tuong', from: '2007-11-16', to: '2014-09-22' },
      { title: 'chu-tich-hoi-dong-chau-au', of: 'EU', from: '2014-12-01', to: '2019-11-30' },
      { title: 'thu-tuong', from: '2023-12-13' },
    ],
  },
  {
    id: 'witold-waszczykowski', name: 'Witold Waszczykowski', country: 'PL',
    variants: ['Witold Waszczykowski', 'Waszczykowski'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2015-11-16', to: '2018-01-09' }],
  },
  {
    id: 'jacek-czaputowicz', name: 'Jacek Czaputowicz', country: 'PL',
    variants: ['Jacek Czaputowicz', 'Czaputowicz'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2018-01-09', to: '2020-08-20' }],
  },
  {
    id: 'zbigniew-rau', name: 'Zbigniew Rau', country: 'PL',
    variants: ['Zbigniew Rau'], titledForms: ['Rau'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2020-08-26', to: '2023-11-27' }],
  },
  {
    id: 'radoslaw-sikorski', name: 'Radosław Sikorski', country: 'PL',
    variants: ['Radosław Sikorski', 'Radoslaw Sikorski', 'Sikorski'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2023-12-13' },
      { title: 'bo-truong-ngoai-giao', from: '2007-11-16', to: '2014-09-22' },
    ],
  },
  {
    id: 'viktor-orban', name: 'Viktor Orbán', country: 'HU',
    variants: ['Viktor Orbán', 'Viktor Orban', 'Orbán', 'Orban', 'Víc-to Oóc-ban'],
    offices: [{ title: 'thu-tuong', from: '2010-05-29' }],
  },
  {
    id: 'peter-szijjarto', name: 'Péter Szijjártó', country: 'HU',
    variants: ['Péter Szijjártó', 'Peter Szijjarto', 'Szijjártó', 'Szijjarto'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2014-09-23' }],
  },
  {
    id: 'janos-ader', name: 'János Áder', country: 'HU',
    variants: ['János Áder', 'Janos Ader'], titledForms: ['Áder', 'Ader'],
    offices: [{ title: 'tong-thong', from: '2012-05-10', to: '2022-05-10' }],
  },
  {
    id: 'katalin-novak', name: 'Katalin Novák', country: 'HU',
    variants: ['Katalin Novák', 'Katalin Novak'], titledForms: ['Novák', 'Novak'],
    offices: [{ title: 'tong-thong', from: '2022-05-10', to: '2024-02-26' }],
  },
  {
    id: 'tamas-sulyok', name: 'Tamás Sulyok', country: 'HU',
    variants: ['Tamás Sulyok', 'Tamas Sulyok', 'Sulyok'],
    offices: [{ title: 'tong-thong', from: '2024-03-05' }],
  },
  {
    id: 'robert-fico', name: 'Robert Fico', country: 'SK',
    variants: ['Robert Fico', 'Fico'],
    offices: [
      { title: 'thu-tuong', from: '2023-10-25' },
      { title: 'thu-tuong', from: '2012-04-04', to: '2018-03-22' },
    ],
  },
  {
    id: 'aleksandar-vucic', name: 'Aleksandar Vučić', country: 'RS',
    variants: ['Aleksandar Vučić', 'Aleksandar Vucic', 'Vučić', 'Vucic'],
    offices: [
      { title: 'tong-thong', from: '2017-05-31' },
      { title: 'thu-tuong', from: '2014-04-27', to: '2017-05-31' },
    ],
  },
  {
    id: 'kristalina-georgieva', name: 'Kristalina Georgieva', country: 'BG',
    variants: ['Kristalina Georgieva', 'Georgieva'],
    offices: [{ title: 'tong-giam-doc', of: 'IMF', from: '2019-10-01' }],
  },
  {
    id: 'maia-sandu', name: 'Maia Sandu', country: 'MD',
    variants: ['Maia Sandu'], titledForms: ['Sandu'],
    offices: [{ title: 'tong-thong', from: '2020-12-24' }],
  },
  {
    id: 'kaja-kallas', name: 'Kaja Kallas', country: 'EE',
    variants: ['Kaja Kallas', 'Kallas'],
    offices: [
      { title: 'thu-tuong', from: '2021-01-26', to: '2024-07-23' },
      { title: 'dai-dien-cap-cao', of: 'EU', from: '2024-12-01' },
      { title: 'bo-truong-ngoai-giao', of: 'EU', from: '2024-12-01' },
    ],
  },
  {
    id: 'roberta-metsola', name: 'Roberta Metsola', country: 'MT',
    variants: ['Roberta Metsola', 'Metsola'],
    offices: [{ title: 'chu-tich-nghi-vien-chau-au', of: 'EU', from: '2022-01-18' }],
  },
  {
    id: 'bronislaw-komorowski', name: 'Bronisław Komorowski', country: 'PL',
    variants: ['Bronisław Komorowski', 'Bronislaw Komorowski', 'Komorowski'],
    offices: [{ title: 'tong-thong', from: '2010-08-06', to: '2015-08-06' }],
  },
  {
    id: 'milos-zeman', name: 'Miloš Zeman', country: 'CZ',
    variants: ['Miloš Zeman', 'Milos Zeman', 'Zeman'],
    offices: [{ title: 'tong-thong', from: '2013-03-08', to: '2023-03-08' }],
  },
  {
    id: 'petr-pavel', name: 'Petr Pavel', country: 'CZ',
    variants: ['Petr Pavel'],
    offices: [{ title: 'tong-thong', from: '2023-03-09' }],
  },
  {
    id: 'bohuslav-sobotka', name: 'Bohuslav Sobotka', country: 'CZ',
    variants: ['Bohuslav Sobotka', 'Sobotka'],
    offices: [{ title: 'thu-tuong', from: '2014-01-29', to: '2017-12-13' }],
  },
  {
    id: 'andrej-babis', name: 'Andrej Babiš', country: 'CZ',
    variants: ['Andrej Babiš', 'Andrej Babis', 'Babiš', 'Babis'],
    offices: [
      { title: 'thu-tuong', from: '2017-12-13', to: '2021-12-17' },
      { title: 'thu-tuong', from: '2025' },
    ],
  },
  {
    id: 'petr-fiala', name: 'Petr Fiala', country: 'CZ',
    variants: ['Petr Fiala'], titledForms: ['Fiala'],
    offices: [{ title: 'thu-tuong', from: '2021-12-17', to: '2025' }],
  },
  {
    id: 'andrej-kiska', name: 'Andrej Kiska', country: 'SK',
    variants: ['Andrej Kiska', 'Kiska'],
    offices: [{ title: 'tong-thong', from: '2014-06-15', to: '2019-06-15' }],
  },
  {
    id: 'zuzana-caputova', name: 'Zuzana Čaputová', country: 'SK',
    variants: ['Zuzana Čaputová', 'Zuzana Caputova', 'Čaputová', 'Caputova'],
    offices: [{ title: 'tong-thong', from: '2019-06-15', to: '2024-06-15' }],
  },
  {
    id: 'peter-pellegrini', name: 'Peter Pellegrini', country: 'SK',
    variants: ['Peter Pellegrini', 'Pellegrini'],
    offices: [
      { title: 'thu-tuong', from: '2018-03-22', to: '2020-03-21' },
      { title: 'tong-thong', from: '2024-06-15' },
    ],
  },
  {
    id: 'igor-matovic', name: 'Igor Matovič', country: 'SK',
    variants: ['Igor Matovič', 'Igor Matovic', 'Matovič', 'Matovic'],
    offices: [{ title: 'thu-tuong', from: '2020-03-21', to: '2021-04-01' }],
  },
  {
    id: 'eduard-heger', name: 'Eduard Heger', country: 'SK',
    variants: ['Eduard Heger'], titledForms: ['Heger'],
    offices: [{ title: 'thu-tuong', from: '2021-04-01', to: '2023-05-15' }],
  },
  {
    id: 'ludovit-odor', name: 'Ľudovít Ódor', country: 'SK',
    variants: ['Ľudovít Ódor', 'Ludovit Odor'], titledForms: ['Ódor'],
    offices: [{ title: 'thu-tuong', from: '2023-05-15', to: '2023-10-25' }],
  },
  {
    id: 'grzegorz-schetyna', name: 'Grzegorz Schetyna', country: 'PL',
    variants: ['Grzegorz Schetyna', 'Schetyna'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2014-09-22', to: '2015-11-16' }],
  },
  {
    id: 'tomasz-siemoniak', name: 'Tomasz Siemoniak', country: 'PL',
    variants: ['Tomasz Siemoniak', 'Siemoniak'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2011-11-18', to: '2015-11-16' }],
  },
  {
    id: 'antoni-macierewicz', name: 'Antoni Macierewicz', country: 'PL',
    variants: ['Antoni Macierewicz', 'Macierewicz'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2015-11-16', to: '2018-01-09' }],
  },
  {
    id: 'mariusz-blaszczak', name: 'Mariusz Błaszczak', country: 'PL',
    variants: ['Mariusz Błaszczak', 'Mariusz Blaszczak', 'Błaszczak', 'Blaszczak'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2018-01-09', to: '2023-11-27' }],
  },
  {
    id: 'wladyslaw-kosiniak-kamysz', name: 'Władysław Kosiniak-Kamysz', country: 'PL',
    variants: ['Władysław Kosiniak-Kamysz', 'Wladyslaw Kosiniak-Kamysz', 'Kosiniak-Kamysz'],
    offices: [
      { title: 'bo-truong-quoc-phong', from: '2023-12-13' },
      { title: 'pho-thu-tuong', from: '2023-12-13' },
    ],
  },
  {
    id: 'igor-dodon', name: 'Igor Dodon', country: 'MD',
    variants: ['Igor Dodon', 'Dodon'],
    offices: [{ title: 'tong-thong', from: '2016-12-23', to: '2020-12-24' }],
  },

  // ══ Romania, Bulgaria, Baltic, Balkan ══════════════════════════════════════
  {
    id: 'klaus-iohannis', name: 'Klaus Iohannis', country: 'RO',
    variants: ['Klaus Iohannis', 'Iohannis'],
    offices: [{ title: 'tong-thong', from: '2014-12-21', to: '2025-02-12' }],
  },
  {
    id: 'ilie-bolojan', name: 'Ilie Bolojan', country: 'RO',
    variants: ['Ilie Bolojan', 'Bolojan'],
    offices: [
      { title: 'quyen-tong-thong', from: '2025-02-12', to: '2025-05-26' },
      { title: 'thu-tuong', from: '2025-06-23' },
    ],
  },
  {
    id: 'nicusor-dan', name: 'Nicușor Dan', country: 'RO',
    variants: ['Nicușor Dan', 'Nicusor Dan', 'Nicuşor Dan'],
    offices: [{ title: 'tong-thong', from: '2025-05-26' }],
  },
  {
    id: 'victor-ponta', name: 'Victor Ponta', country: 'RO',
    variants: ['Victor Ponta', 'Ponta'],
    offices: [{ title: 'thu-tuong', from: '2012-05-07', to: '2015-11-04' }],
  },
  {
    id: 'dacian-ciolos', name: 'Dacian Cioloș', country: 'RO',
    variants: ['Dacian Cioloș', 'Dacian Ciolos', 'Cioloș', 'Ciolos'],
    offices: [{ title: 'thu-tuong', from: '2015-11-17', to: '2017-01-04' }],
  },
  {
    id: 'sorin-grindeanu', name: 'Sorin Grindeanu', country: 'RO',
    variants: ['Sorin Grindeanu', 'Grindeanu'],
    offices: [{ title: 'thu-tuong', from: '2017-01-04', to: '2017-06-29' }],
  },
  {
    id: 'mihai-tudose', name: 'Mihai Tudose', country: 'RO',
    variants: ['Mihai Tudose', 'Tudose'],
    offices: [{ title: 'thu-tuong', from: '2017', to: '2018' }],
  },
  {
    id: 'viorica-dancila', name: 'Viorica Dăncilă', country: 'RO',
    variants: ['Viorica Dăncilă', 'Viorica Dancila', 'Dăncilă', 'Dancila'],
    offices: [{ title: 'thu-tuong', from: '2018-01-29', to: '2019-11-04' }],
  },
  {
    id: 'ludovic-orban', name: 'Ludovic Orban', country: 'RO',
    variants: ['Ludovic Orban'],
    offices: [{ title: 'thu-tuong', from: '2019-11-04', to: '2020-12-07' }],
  },
  {
    id: 'florin-citu', name: 'Florin Cîțu', country: 'RO',
    variants: ['Florin Cîțu', 'Florin Citu', 'Cîțu', 'Citu'],
    offices: [{ title: 'thu-tuong', from: '2020-12-23', to: '2021-11-25' }],
  },
  {
    id: 'nicolae-ciuca', name: 'Nicolae Ciucă', country: 'RO',
    variants: ['Nicolae Ciucă', 'Nicolae Ciuca', 'Ciucă', 'Ciuca'],
    offices: [{ title: 'thu-tuong', from: '2021-11-25', to: '2023-06-15' }],
  },
  {
    id: 'marcel-ciolacu', name: 'Marcel Ciolacu', country: 'RO',
    variants: ['Marcel Ciolacu', 'Ciolacu'],
    offices: [{ title: 'thu-tuong', from: '2023-06-15', to: '2025-05-06' }],
  },
  {
    id: 'rosen-plevneliev', name: 'Rosen Plevneliev', country: 'BG',
    variants: ['Rosen Plevneliev', 'Plevneliev'],
    offices: [{ title: 'tong-thong', from: '2012-01-22', to: '2017-01-22' }],
  },
  {
    id: 'rumen-radev', name: 'Rumen Radev', country: 'BG',
    variants: ['Rumen Radev', 'Radev'],
    offices: [{ title: 'tong-thong', from: '2017-01-22' }],
  },
  {
    id: 'boyko-borisov', name: 'Boyko Borisov', country: 'BG',
    variants: ['Boyko Borisov'], titledForms: ['Borisov'],
    offices: [
      { title: 'thu-tuong', from: '2009', to: '2013' },
      { title: 'thu-tuong', from: '2014', to: '2017' },
      { title: 'thu-tuong', from: '2017', to: '2021' },
    ],
  },
  {
    id: 'toomas-hendrik-ilves', name: 'Toomas Hendrik Ilves', country: 'EE',
    variants: ['Toomas Hendrik Ilves', 'Ilves'],
    offices: [{ title: 'tong-thong', from: '2006-10-09', to: '2016-10-10' }],
  },
  {
    id: 'kersti-kaljulaid', name: 'Kersti Kaljulaid', country: 'EE',
    variants: ['Kersti Kaljulaid', 'Kaljulaid'],
    offices: [{ title: 'tong-thong', from: '2016-10-10', to: '2021-10-11' }],
  },
  {
    id: 'alar-karis', name: 'Alar Karis', country: 'EE',
    variants: ['Alar Karis'], titledForms: ['Karis'],
    offices: [{ title: 'tong-thong', from: '2021-10-11' }],
  },
  {
    id: 'taavi-roivas', name: 'Taavi Rõivas', country: 'EE',
    variants: ['Taavi Rõivas', 'Taavi Roivas', 'Rõivas', 'Roivas'],
    offices: [{ title: 'thu-tuong', from: '2014-03-26', to: '2016-11-23' }],
  },
  {
    id: 'juri-ratas', name: 'Jüri Ratas', country: 'EE',
    variants: ['Jüri Ratas', 'Juri Ratas'], titledForms: ['Ratas'],
    offices: [{ title: 'thu-tuong', from: '2016-11-23', to: '2021-01-26' }],
  },
  {
    id: 'kristen-michal', name: 'Kristen Michal', country: 'EE',
    variants: ['Kristen Michal'],
    offices: [{ title: 'thu-tuong', from: '2024-07-23' }],
  },
  {
    id: 'raimonds-vejonis', name: 'Raimonds Vējonis', country: 'LV',
    variants: ['Raimonds Vējonis', 'Raimonds Vejonis', 'Vējonis', 'Vejonis'],
    offices: [{ title: 'tong-thong', from: '2015-07-08', to: '2019-07-08' }],
  },
  {
    id: 'egils-levits', name: 'Egils Levits', country: 'LV',
    variants: ['Egils Levits', 'Levits'],
    offices: [{ title: 'tong-thong', from: '2019-07-08', to: '2023-07-08' }],
  },
  {
    id: 'edgars-rinkevics', name: 'Edgars Rinkēvičs', country: 'LV',
    variants: ['Edgars Rinkēvičs', 'Edgars Rinkevics', 'Rinkēvičs', 'Rinkevics'],
    offices: [{ title: 'tong-thong', from: '2023-07-08' }],
  },
  {
    id: 'krisjanis-karins', name: 'Krišjānis Kariņš', country: 'LV',
    variants: ['Krišjānis Kariņš', 'Krisjanis Karins', 'Kariņš', 'Karins'],
    offices: [{ title: 'thu-tuong', from: '2019-01-23', to: '2023-09-15' }],
  },
  {
    id: 'evika-silina', name: 'Evika Siliņa', country: 'LV',
    variants: ['Evika Siliņa', 'Evika Silina', 'Siliņa', 'Silina'],
    offices: [{ title: 'thu-tuong', from: '2023-09-15' }],
  },
  {
    id: 'dalia-grybauskaite', name: 'Dalia Grybauskaitė', country: 'LT',
    variants: ['Dalia Grybauskaitė', 'Dalia Grybauskaite', 'Grybauskaitė', 'Grybauskaite'],
    offices: [{ title: 'tong-thong', from: '2009-07-12', to: '2019-07-12' }],
  },
  {
    id: 'gitanas-nauseda', name: 'Gitanas Nausėda', country: 'LT',
    variants: ['Gitanas Nausėda', 'Gitanas Nauseda', 'Nausėda', 'Nauseda'],
    offices: [{ title: 'tong-thong', from: '2019-07-12' }],
  },
  {
    id: 'saulius-skvernelis', name: 'Saulius Skvernelis', country: 'LT',
    variants: ['Saulius Skvernelis', 'Skvernelis'],
    offices: [{ title: 'thu-tuong', from: '2016-12-13', to: '2020-12-11' }],
  },
  {
    id: 'ingrida-simonyte', name: 'Ingrida Šimonytė', country: 'LT',
    variants: ['Ingrida Šimonytė', 'Ingrida Simonyte', 'Šimonytė', 'Simonyte'],
    offices: [{ title: 'thu-tuong', from: '2020-12-11', to: '2024-12-12' }],
  },
  {
    id: 'kolinda-grabar-kitarovic', name: 'Kolinda Grabar-Kitarović', country: 'HR',
    variants: ['Kolinda Grabar-Kitarović', 'Kolinda Grabar-Kitarovic', 'Grabar-Kitarović', 'Grabar-Kitarovic'],
    offices: [{ title: 'tong-thong', from: '2015-02-19', to: '2020-02-19' }],
  },
  {
    id: 'zoran-milanovic', name: 'Zoran Milanović', country: 'HR',
    variants: ['Zoran Milanović', 'Zoran Milanovic', 'Milanović', 'Milanovic'],
    offices: [
      { title: 'thu-tuong', from: '2011-12-23', to: '2016-01-22' },
      { title: 'tong-thong', from: '2020-02-19' },
    ],
  },
  {
    id: 'andrej-plenkovic', name: 'Andrej Plenković', country: 'HR',
    variants: ['Andrej Plenković', 'Andrej Plenkovic', 'Plenković', 'Plenkovic'],
    offices: [{ title: 'thu-tuong', from: '2016-10-19' }],
  },
  {
    id: 'tomislav-nikolic', name: 'Tomislav Nikolić', country: 'RS',
    variants: ['Tomislav Nikolić', 'Tomislav Nikolic'],
    offices: [{ title: 'tong-thong', from: '2012-05-31', to: '2017-05-31' }],
  },
  {
    id: 'ana-brnabic', name: 'Ana Brnabić', country: 'RS',
    variants: ['Ana Brnabić', 'Ana Brnabic', 'Brnabić', 'Brnabic'],
    offices: [{ title: 'thu-tuong', from: '2017-06-29', to: '2024-05-02' }],
  },
  {
    id: 'milos-vucevic', name: 'Miloš Vučević', country: 'RS',
    variants: ['Miloš Vučević', 'Milos Vucevic', 'Vučević', 'Vucevic'],
    offices: [{ title: 'thu-tuong', from: '2024-05-02', to: '2025-04-16' }],
  },
  {
    id: 'djuro-macut', name: 'Đuro Macut', country: 'RS',
    variants: ['Đuro Macut', 'Duro Macut', 'Djuro Macut', 'Macut'],
    offices: [{ title: 'thu-tuong', from: '2025-04-16' }],
  },
  {
    id: 'borut-pahor', name: 'Borut Pahor', country: 'SI',
    variants: ['Borut Pahor', 'Pahor'],
    offices: [{ title: 'tong-thong', from: '2012-12-22', to: '2022-12-22' }],
  },
  {
    id: 'natasa-pirc-musar', name: 'Nataša Pirc Musar', country: 'SI',
    variants: ['Nataša Pirc Musar', 'Natasa Pirc Musar', 'Pirc Musar'],
    offices: [{ title: 'tong-thong', from: '2022-12-23' }],
  },
  {
    id: 'miro-cerar', name: 'Miro Cerar', country: 'SI',
    variants: ['Miro Cerar'], titledForms: ['Cerar'],
    offices: [{ title: 'thu-tuong', from: '2014-09-18', to: '2018-09-13' }],
  },
  {
    id: 'marjan-sarec', name: 'Marjan Šarec', country: 'SI',
    variants: ['Marjan Šarec', 'Marjan Sarec', 'Šarec', 'Sarec'],
    offices: [{ title: 'thu-tuong', from: '2018-09-13', to: '2020-03-13' }],
  },
  {
    id: 'janez-jansa', name: 'Janez Janša', country: 'SI',
    variants: ['Janez Janša', 'Janez Jansa', 'Janša', 'Jansa'],
    offices: [{ title: 'thu-tuong', from: '2020-03-13', to: '2022-06-01' }],
  },
  {
    id: 'robert-golob', name: 'Robert Golob', country: 'SI',
    variants: ['Robert Golob', 'Golob'],
    offices: [{ title: 'thu-tuong', from: '2022-06-01' }],
  },

  // ══ Bắc Âu, Hy Lạp ═════════════════════════════════════════════════════════
  {
    id: 'jens-stoltenberg', name: 'Jens Stoltenberg', country: 'NO',
    variants: ['Jens Stoltenberg', 'Stoltenberg', 'Gien Xtôn-ten-bớc', 'Xtôn-ten-bớc'],
    offices: [
      { title: 'tong-thu-ky', of: 'NATO', from: '2014-10-01', to: '2024-10-01' },
      { title: 'bo-truong-tai-chinh', from: '2025-02-04' },
    ],
  },
  {
    id: 'jonas-gahr-store', name: 'Jonas Gahr Støre', country: 'NO',
    variants: ['Jonas Gahr Støre', 'Jonas Gahr Store', 'Gahr Støre', 'Støre'],
    offices: [{ title: 'thu-tuong', from: '2021-10-14' }],
  },
  {
    id: 'ulf-kristersson', name: 'Ulf Kristersson', country: 'SE',
    variants: ['Ulf Kristersson', 'Kristersson'],
    offices: [{ title: 'thu-tuong', from: '2022-10-18' }],
  },
  {
    id: 'sauli-niinisto', name: 'Sauli Niinistö', country: 'FI',
    variants: ['Sauli Niinistö', 'Sauli Niinisto', 'Niinistö', 'Niinisto'],
    offices: [{ title: 'tong-thong', from: '2012-03-01', to: '2024-03-01' }],
  },
  {
    id: 'alexander-stubb', name: 'Alexander Stubb', country: 'FI',
    variants: ['Alexander Stubb', 'Stubb'],
    offices: [
      { title: 'tong-thong', from: '2024-03-01' },
      { title: 'thu-tuong', from: '2014-06-24', to: '2015-05-29' },
    ],
  },
  {
    id: 'mette-frederiksen', name: 'Mette Frederiksen', country: 'DK',
    variants: ['Mette Frederiksen'], titledForms: ['Frederiksen'],
    offices: [{ title: 'thu-tuong', from: '2019-06-27' }],
  },
  {
    id: 'kyriakos-mitsotakis', name: 'Kyriakos Mitsotakis', country: 'GR',
    variants: ['Kyriakos Mitsotakis', 'Mitsotakis'],
    offices: [{ title: 'thu-tuong', from: '2019-07-08' }],
  },
  {
    id: 'carl-xvi-gustaf', name: 'Carl XVI Gustaf', country: 'SE',
    variants: ['Carl XVI Gustaf', 'Carl Gustaf'],
    offices: [{ title: 'quoc-vuong', from: '1973-09-15' }],
  },
  {
    id: 'fredrik-reinfeldt', name: 'Fredrik Reinfeldt', country: 'SE',
    variants: ['Fredrik Reinfeldt', 'Reinfeldt'],
    offices: [{ title: 'thu-tuong', from: '2006-10-06', to: '2014-10-03' }],
  },
  {
    id: 'stefan-lofven', name: 'Stefan Löfven', country: 'SE',
    variants: ['Stefan Löfven', 'Stefan Lofven', 'Löfven', 'Lofven'],
    offices: [{ title: 'thu-tuong', from: '2014-10-03', to: '2021-11-30' }],
  },
  {
    id: 'magdalena-andersson', name: 'Magdalena Andersson', country: 'SE',
    variants: ['Magdalena Andersson'],
    offices: [{ title: 'thu-tuong', from: '2021-11-30', to: '2022-10-18' }],
  },
  {
    id: 'harald-v', name: 'Harald V', country: 'NO',
    variants: ['Harald V'],
    offices: [{ title: 'quoc-vuong', from: '1991-01-17' }],
  },
  {
    id: 'erna-solberg', name: 'Erna Solberg', country: 'NO',
    variants: ['Erna Solberg', 'Solberg'],
    offices: [{ title: 'thu-tuong', from: '2013-10-16', to: '2021-10-14' }],
  },
  {
    id: 'margrethe-ii', name: 'Margrethe II', country: 'DK',
    variants: ['Margrethe II'],
    offices: [{ title: 'nu-hoang', from: '1972-01-14', to: '2024-01-14' }],
  },
  {
    id: 'frederik-x', name: 'Frederik X', country: 'DK',
    variants: ['Frederik X'],
    offices: [{ title: 'quoc-vuong', from: '2024-01-14' }],
  },
  {
    id: 'helle-thorning-schmidt', name: 'Helle Thorning-Schmidt', country: 'DK',
    variants: ['Helle Thorning-Schmidt', 'Thorning-Schmidt'],
    offices: [{ title: 'thu-tuong', from: '2011-10-03', to: '2015-06-28' }],
  },
  {
    id: 'lars-lokke-rasmussen', name: 'Lars Løkke Rasmussen', country: 'DK',
    variants: ['Lars Løkke Rasmussen', 'Lars Lokke Rasmussen', 'Løkke Rasmussen', 'Lokke Rasmussen'],
    offices: [
      { title: 'thu-tuong', from: '2015-06-28', to: '2019-06-27' },
      { title: 'bo-truong-ngoai-giao', from: '2022-12-15' },
    ],
  },
  {
    id: 'jyrki-katainen', name: 'Jyrki Katainen', country: 'FI',
    variants: ['Jyrki Katainen', 'Katainen'],
    offices: [{ title: 'thu-tuong', from: '2011-06-22', to: '2014-06-24' }],
  },
  {
    id: 'juha-sipila', name: 'Juha Sipilä', country: 'FI',
    variants: ['Juha Sipilä', 'Juha Sipila', 'Sipilä', 'Sipila'],
    offices: [{ title: 'thu-tuong', from: '2015-05-29', to: '2019-06-06' }],
  },
  {
    id: 'antti-rinne', name: 'Antti Rinne', country: 'FI',
    variants: ['Antti Rinne'], titledForms: ['Rinne'],
    offices: [{ title: 'thu-tuong', from: '2019-06-06', to: '2019-12-10' }],
  },
  {
    id: 'sanna-marin', name: 'Sanna Marin', country: 'FI',
    variants: ['Sanna Marin'], titledForms: ['Marin'],
    offices: [{ title: 'thu-tuong', from: '2019-12-10', to: '2023-06-20' }],
  },
  {
    id: 'petteri-orpo', name: 'Petteri Orpo', country: 'FI',
    variants: ['Petteri Orpo', 'Orpo'],
    offices: [{ title: 'thu-tuong', from: '2023-06-20' }],
  },
  {
    id: 'antonis-samaras', name: 'Antonis Samaras', country: 'GR',
    variants: ['Antonis Samaras', 'Samaras'],
    offices: [{ title: 'thu-tuong', from: '2012-06-20', to: '2015-01-26' }],
  },
  {
    id: 'karolos-papoulias', name: 'Karolos Papoulias', country: 'GR',
    variants: ['Karolos Papoulias', 'Papoulias'],
    offices: [{ title: 'tong-thong', from: '2005-03-12', to: '2015-03-13' }],
  },
  {
    id: 'prokopis-pavlopoulos', name: 'Prokopis Pavlopoulos', country: 'GR',
    variants: ['Prokopis Pavlopoulos', 'Pavlopoulos'],
    offices: [{ title: 'tong-thong', from: '2015-03-13', to: '2020-03-13' }],
  },
  {
    id: 'katerina-sakellaropoulou', name: 'Katerina Sakellaropoulou', country: 'GR',
    variants: ['Katerina Sakellaropoulou', 'Sakellaropoulou'],
    offices: [{ title: 'tong-thong', from: '2020-03-13', to: '2025-03-13' }],
  },
  {
    id: 'konstantinos-tasoulas', name: 'Konstantinos Tasoulas', country: 'GR',
    variants: ['Konstantinos Tasoulas', 'Tasoulas'],
    offices: [{ title: 'tong-thong', from: '2025-03-13' }],
  },
  {
    id: 'nicos-anastasiades', name: 'Nicos Anastasiades', country: 'CY',
    variants: ['Nicos Anastasiades', 'Nikos Anastasiadis', 'Anastasiades'],
    offices: [{ title: 'tong-thong', from: '2013-02-28', to: '2023-02-28' }],
  },
  {
    id: 'nikos-christodoulides', name: 'Nikos Christodoulides', country: 'CY',
    variants: ['Nikos Christodoulides', 'Christodoulides'],
    offices: [{ title: 'tong-thong', from: '2023-02-28' }],
  },
  {
    id: 'gudni-johannesson', name: 'Guðni Th. Jóhannesson', country: 'IS',
    variants: ['Guðni Th. Jóhannesson', 'Guðni Jóhannesson', 'Gudni Johannesson', 'Gudni Th. Johannesson'],
    offices: [{ title: 'tong-thong', from: '2016-08-01', to: '2024-08-01' }],
  },
  {
    id: 'halla-tomasdottir', name: 'Halla Tómasdóttir', country: 'IS',
    variants: ['Halla Tómasdóttir', 'Halla Tomasdottir', 'Tómasdóttir', 'Tomasdottir'],
    offices: [{ title: 'tong-thong', from: '2024-08-01' }],
  },
  {
    id: 'sigmundur-david-gunnlaugsson', name: 'Sigmundur Davíð Gunnlaugsson', country: 'IS',
    variants: ['Sigmundur Davíð Gunnlaugsson', 'Sigmundur Davið Gunnlaugsson', 'Gunnlaugsson'],
    offices: [{ title: 'thu-tuong', from: '2013-05-23', to: '2016-04-07' }],
  },
  {
    id: 'sigurdur-ingi-johannsson', name: 'Sigurður Ingi Jóhannsson', country: 'IS',
    variants: ['Sigurður Ingi Jóhannsson', 'Sigurður Ingi Johannsson', 'Sigurdur Ingi Johannsson'],
    offices: [{ title: 'thu-tuong', from: '2016-04-07', to: '2017-01-11' }],
  },
  {
    id: 'bjarni-benediktsson', name: 'Bjarni Benediktsson', country: 'IS',
    variants: ['Bjarni Benediktsson', 'Benediktsson'],
    offices: [
      { title: 'thu-tuong', from: '2017-01-11', to: '2017-11-30' },
      { title: 'thu-tuong', from: '2024-04-09', to: '2024-12-21' },
    ],
  },
  {
    id: 'katrin-jakobsdottir', name: 'Katrín Jakobsdóttir', country: 'IS',
    variants: ['Katrín Jakobsdóttir', 'Katrin Jakobsdottir', 'Jakobsdóttir', 'Jakobsdottir'],
    offices: [{ title: 'thu-tuong', from: '2017-11-30', to: '2024-04-09' }],
  },
  {
    id: 'kristrun-frostadottir', name: 'Kristrún Frostadóttir', country: 'IS',
    variants: ['Kristrún Frostadóttir', 'Kristrun Frostadottir', 'Frostadóttir', 'Frostadottir'],
    offices: [{ title: 'thu-tuong', from: '2024-12-21' }],
  },

  // ══ Mỹ ═════════════════════════════════════════════════════════════════════
  {
    id: 'barack-obama', name: 'Barack Obama', country: 'US',
    variants: ['Barack Obama', 'Barack Hussein Obama', 'B. Obama', 'Obama', 'Ba-rắc Ô-ba-ma', 'Ô-ba-ma'],
    offices: [{ title: 'tong-thong', from: '2009-01-20', to: '2017-01-20' }],
  },
  {
    id: 'donald-trump', name: 'Donald Trump', country: 'US',
    variants: ['Donald Trump', 'Donald J. Trump', 'D. Trump', 'Trump', 'Đô-nan Trăm', 'Đ. Trăm'], titledForms: ['Trăm'],
    offices: [
      { title: 'tong-thong-dac-cu', from: '2016-11-09', to: '2017-01-20' },
      { title: 'tong-thong', from: '2017-01-20', to: '2021-01-20' },
      { title: 'tong-thong-dac-cu', from: '2024-11-06', to: '2025-01-20' },
      { title: 'tong-thong', from: '2025-01-20' },
    ],
  },
  {
    id: 'joe-biden', name: 'Joe Biden', country: 'US',
    variants: ['Joe Biden', 'Joseph Biden', 'Joseph R. Biden', 'J. Biden', 'Biden', 'Giô Bai-đơn', 'Bai-đơn', 'Baiden'],
    offices: [
      { title: 'pho-tong-thong', from: '2009-01-20', to: '2017-01-20' },
      { title: 'tong-thong-dac-cu', from: '2020-11-07', to: '2021-01-20' },
      { title: 'tong-thong', from: '2021-01-20', to: '2025-01-20' },
    ],
  },
  {
    id: 'mike-pence', name: 'Mike Pence', country: 'US',
    variants: ['Mike Pence', 'Pence'],
    offices: [{ title: 'pho-tong-thong', from: '2017-01-20', to: '2021-01-20' }],
  },
  {
    id: 'kamala-harris', name: 'Kamala Harris', country: 'US',
    variants: ['Kamala Harris'], titledForms: ['Harris'],
    offices: [{ title: 'pho-tong-thong', from: '2021-01-20', to: '2025-01-20' }],
  },
  {
    id: 'jd-vance', name: 'JD Vance', country: 'US',
    variants: ['JD Vance', 'J.D. Vance', 'J. D. Vance', 'James David Vance'], titledForms: ['Vance'],
    offices: [{ title: 'pho-tong-thong', from: '2025-01-20' }],
  },
  {
    id: 'john-kerry', name: 'John Kerry', country: 'US',
    variants: ['John Kerry', 'Giôn Ke-ri'], titledForms: ['Kerry', 'Ke-ri'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2013-02-01', to: '2017-01-20' },
      { title: 'dac-phai-vien', from: '2021-01-20', to: '2024-03-06' },
    ],
  },
  {
    id: 'rex-tillerson', name: 'Rex Tillerson', country: 'US',
    variants: ['Rex Tillerson', 'Tillerson', 'Rếch Ti-lơ-xơn', 'Ti-lơ-xơn'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2017-02-01', to: '2018-03-31' }],
  },
  {
    id: 'mike-pompeo', name: 'Mike Pompeo', country: 'US',
    variants: ['Mike Pompeo', 'Michael Pompeo', 'Pompeo', 'Mai-cơ Pôm-pê-ô', 'Pôm-pê-ô'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2018-04-26', to: '2021-01-20' }],
  },
  {
    id: 'antony-blinken', name: 'Antony Blinken', country: 'US',
    variants: ['Antony Blinken', 'Anthony Blinken', 'Tony Blinken', 'Blinken', 'An-tô-ni Blin-ken', 'Blin-ken'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2021-01-26', to: '2025-01-20' }],
  },
  {
    id: 'marco-rubio', name: 'Marco Rubio', country: 'US',
    variants: ['Marco Rubio', 'Rubio'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2025-01-21' },
      { title: 'co-van-an-ninh-quoc-gia', from: '2025-05-01' },
    ],
  },
  {
    id: 'ash-carter', name: 'Ash Carter', country: 'US',
    variants: ['Ash Carter', 'Ashton Carter'], titledForms: ['Carter'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2015-02-17', to: '2017-01-20' }],
  },
  {
    id: 'jim-mattis', name: 'Jim Mattis', country: 'US',
    variants: ['Jim Mattis', 'James Mattis', 'Mattis'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2017-01-20', to: '2019-01-01' }],
  },
  {
    id: 'mark-esper', name: 'Mark Esper', country: 'US',
    variants: ['Mark Esper', 'Esper'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2019-07-23', to: '2020-11-09' }],
  },
  {
    id: 'lloyd-austin', name: 'Lloyd Austin', country: 'US',
    variants: ['Lloyd Austin', 'Lloyd J. Austin'], titledForms: ['Austin'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2021-01-22', to: '2025-01-20' }],
  },
  {
    id: 'pete-hegseth', name: 'Pete Hegseth', country: 'US',
    variants: ['Pete Hegseth', 'Hegseth'],
    offices: [
      { title: 'bo-truong-quoc-phong', from: '2025-01-25' },
      { title: 'bo-truong-chien-tranh', from: '2025-09-05' },
    ],
  },
  // Trade negotiators and commerce secretaries: the other side of many calls with Beijing and Hà Nội.
  {
    id: 'robert-lighthizer', name: 'Robert Lighthizer', country: 'US',
    variants: ['Robert Lighthizer', 'Lighthizer'],
    offices: [{ title: 'dai-dien-thuong-mai', from: '2017-05-15', to: '2021-01-20' }],
  },
  {
    id: 'katherine-tai', name: 'Katherine Tai', country: 'US',
    variants: ['Katherine Tai'], titledForms: ['Tai'],
    offices: [{ title: 'dai-dien-thuong-mai', from: '2021-03-18', to: '2025-01-20' }],
  },
  {
    id: 'jamieson-greer', name: 'Jamieson Greer', country: 'US',
    variants: ['Jamieson Greer', 'Greer'],
    offices: [{ title: 'dai-dien-thuong-mai', from: '2025-02-27' }],
  },
  {
    id: 'wilbur-ross', name: 'Wilbur Ross', country: 'US',
    variants: ['Wilbur Ross'], titledForms: ['Ross'],
    offices: [{ title: 'bo-truong-thuong-mai', from: '2017-02-28', to: '2021-01-20' }],
  },
  {
    id: 'gina-raimondo', name: 'Gina Raimondo', country: 'US',
    variants: ['Gina Raimondo', 'Raimondo'],
    offices: [{ title: 'bo-truong-thuong-mai', from: '2021-03-03', to: '2025-01-20' }],
  },
  {
    id: 'howard-lutnick', name: 'Howard Lutnick', country: 'US',
    variants: ['Howard Lutnick', 'Lutnick'],
    offices: [{ title: 'bo-truong-thuong-mai', from: '2025-02-21' }],
  },
  {
    id: 'hr-mcmaster', name: 'H. R. McMaster', country: 'US',
    variants: ['H. R. McMaster', 'H.R. McMaster', 'Herbert Raymond McMaster', 'McMaster'],
    offices: [{ title: 'co-van-an-ninh-quoc-gia', from: '2017-02-20', to: '2018-04-09' }],
  },
  {
    id: 'john-bolton', name: 'John Bolton', country: 'US',
    variants: ['John Bolton', 'Bolton'],
    offices: [{ title: 'co-van-an-ninh-quoc-gia', from: '2018-04-09', to: '2019-09-10' }],
  },
  {
    id: 'robert-obrien', name: "Robert O'Brien", country: 'US',
    variants: ["Robert O'Brien", "Robert C. O'Brien"], titledForms: ["O'Brien"],
    offices: [{ title: 'co-van-an-ninh-quoc-gia', from: '2019-09-18', to: '2021-01-20' }],
  },
  {
    id: 'jake-sullivan', name: 'Jake Sullivan', country: 'US',
    variants: ['Jake Sullivan'], titledForms: ['Sullivan'],
    offices: [{ title: 'co-van-an-ninh-quoc-gia', from: '2021-01-20', to: '2025-01-20' }],
  },
  {
    id: 'mike-waltz', name: 'Mike Waltz', country: 'US',
    variants: ['Mike Waltz', 'Michael Waltz'], titledForms: ['Waltz'],
    offices: [
      { title: 'co-van-an-ninh-quoc-gia', from: '2025-01-20', to: '2025-05-01' },
      { title: 'dai-su', from: '2025' },
    ],
  },
  {
    id: 'steve-witkoff', name: 'Steve Witkoff', country: 'US',
    variants: ['Steve Witkoff', 'Steven Witkoff', 'Witkoff'],
    offices: [{ title: 'dac-phai-vien', from: '2025-01-20' }],
  },
  {
    id: 'keith-kellogg', name: 'Keith Kellogg', country: 'US',
    variants: ['Keith Kellogg'], titledForms: ['Kellogg'],
    offices: [{ title: 'dac-phai-vien', from: '2025-01-20' }],
  },
  {
    id: 'janet-yellen', name: 'Janet Yellen', country: 'US',
    variants: ['Janet Yellen', 'Yellen'],
    offices: [{ title: 'bo-truong-tai-chinh', from: '2021-01-26', to: '2025-01-20' }],
  },
  {
    id: 'scott-bessent', name: 'Scott Bessent', country: 'US',
    variants: ['Scott Bessent', 'Bessent'],
    offices: [{ title: 'bo-truong-tai-chinh', from: '2025-01-28' }],
  },
  {
    id: 'paul-ryan', name: 'Paul Ryan', country: 'US',
    variants: ['Paul Ryan'], titledForms: ['Ryan'],
    offices: [{ title: 'chu-tich-ha-vien', from: '2015-10-29', to: '2019-01-03' }],
  },
  {
    id: 'nancy-pelosi', name: 'Nancy Pelosi', country: 'US',
    variants: ['Nancy Pelosi', 'Pelosi'],
    offices: [{ title: 'chu-tich-ha-vien', from: '2019-01-03', to: '2023-01-03' }],
  },
  {
    id: 'kevin-mccarthy', name: 'Kevin McCarthy', country: 'US',
    variants: ['Kevin McCarthy'], titledForms: ['McCarthy'],
    offices: [{ title: 'chu-tich-ha-vien', from: '2023-01-07', to: '2023-10-03' }],
  },
  {
    id: 'mike-johnson', name: 'Mike Johnson', country: 'US',
    variants: ['Mike Johnson'], titledForms: ['Johnson'],
    offices: [{ title: 'chu-tich-ha-vien', from: '2023-10-25' }],
  },
  {
    id: 'jim-yong-kim', name: 'Jim Yong Kim', country: 'US',
    variants: ['Jim Yong Kim'], titledForms: ['Kim'],
    offices: [{ title: 'chu-tich', of: 'WB', from: '2012-07-01', to: '2019-02-01' }],
  },
  {
    id: 'david-malpass', name: 'David Malpass', country: 'US',
    variants: ['David Malpass', 'Malpass'],
    offices: [{ title: 'chu-tich', of: 'WB', from: '2019-04-09', to: '2023-06-01' }],
  },
  {
    id: 'ajay-banga', name: 'Ajay Banga', country: 'US',
    variants: ['Ajay Banga'], titledForms: ['Banga'],
    offices: [{ title: 'chu-tich', of: 'WB', from: '2023-06-02' }],
  },
  {
    id: 'chuck-hagel', name: 'Chuck Hagel', country: 'US',
    variants: ['Chuck Hagel', 'Hagel'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2013-02-27', to: '2015-02-17' }],
  },
  {
    id: 'patrick-shanahan', name: 'Patrick Shanahan', country: 'US',
    variants: ['Patrick Shanahan'], titledForms: ['Shanahan'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2019-01-01', to: '2019-06-23' }],
  },
  {
    id: 'christopher-miller', name: 'Christopher Miller', country: 'US',
    variants: ['Christopher Miller', 'Christopher C. Miller'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2020-11-09', to: '2021-01-20' }],
  },

  // ══ Canada ═════════════════════════════════════════════════════════════════
  {
    id: 'stephen-harper', name: 'Stephen Harper', country: 'CA',
    variants: ['Stephen Harper'], titledForms: ['Harper'],
    offices: [{ title: 'thu-tuong', from: '2006-02-06', to: '2015-11-04' }],
  },
  {
    id: 'justin-trudeau', name: 'Justin Trudeau', country: 'CA',
    variants: ['Justin Trudeau', 'Trudeau', 'Giớt-xtin Tru-đô', 'Tru-đô'],
    offices: [{ title: 'thu-tuong', from: '2015-11-04', to: '2025-03-14' }],
  },
  {
    id: 'mark-carney', name: 'Mark Carney', country: 'CA',
    variants: ['Mark Carney', 'Carney'],
    offices: [{ title: 'thu-tuong', from: '2025-03-14' }],
  },
  {
    id: 'rob-nicholson', name: 'Rob Nicholson', country: 'CA',
    variants: ['Rob Nicholson'], titledForms: ['Nicholson'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2015-02-09', to: '2015-11-04' }],
  },
  {
    id: 'stephane-dion', name: 'Stéphane Dion', country: 'CA',
    variants: ['Stéphane Dion', 'Stephane Dion'], titledForms: ['Dion'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2015-11-04', to: '2017-01-10' }],
  },
  {
    id: 'chrystia-freeland', name: 'Chrystia Freeland', country: 'CA',
    variants: ['Chrystia Freeland', 'Freeland'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2017-01-10', to: '2019-11-20' },
      { title: 'pho-thu-tuong', from: '2019-11-20', to: '2024-12-16' },
    ],
  },
  {
    id: 'francois-philippe-champagne', name: 'François-Philippe Champagne', country: 'CA',
    variants: ['François-Philippe Champagne', 'Francois-Philippe Champagne'], titledForms: ['Champagne'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2019-11-20', to: '2021-01-12' }],
  },
  {
    id: 'marc-garneau', name: 'Marc Garneau', country: 'CA',
    variants: ['Marc Garneau', 'Garneau'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2021-01-12', to: '2021-10-26' }],
  },
  {
    id: 'melanie-joly', name: 'Mélanie Joly', country: 'CA',
    variants: ['Mélanie Joly', 'Melanie Joly'], titledForms: ['Joly'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2021-10-26', to: '2025-05-13' }],
  },
  {
    id: 'anita-anand', name: 'Anita Anand', country: 'CA',
    variants: ['Anita Anand'], titledForms: ['Anand'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2025-05-13' },
      { title: 'bo-truong-quoc-phong', from: '2021-10-26', to: '2023-07-26' },
    ],
  },
  {
    id: 'john-baird', name: 'John Baird', country: 'CA',
    variants: ['John Baird'], titledForms: ['Baird'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2011-05-18', to: '2015-02-03' }],
  },
  {
    id: 'jason-kenney', name: 'Jason Kenney', country: 'CA',
    variants: ['Jason Kenney'], titledForms: ['Kenney'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2015-02-09', to: '2015-11-04' }],
  },
  {
    id: 'harjit-sajjan', name: 'Harjit Sajjan', country: 'CA',
    variants: ['Harjit Sajjan', 'Sajjan'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2015-11-04', to: '2021-10-26' }],
  },
  {
    id: 'bill-blair', name: 'Bill Blair', country: 'CA',
    variants: ['Bill Blair'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2023-07-26', to: '2025-05-13' }],
  },
  {
    id: 'david-mcguinty', name: 'David McGuinty', country: 'CA',
    variants: ['David McGuinty'], titledForms: ['McGuinty'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2025-05-13' }],
  },

  // ══ Mexico ═════════════════════════════════════════════════════════════════
  {
    id: 'enrique-pena-nieto', name: 'Enrique Peña Nieto', country: 'MX',
    variants: ['Enrique Peña Nieto', 'Enrique Pena Nieto', 'Peña Nieto', 'Pena Nieto'],
    offices: [{ title: 'tong-thong', from: '2012-12-01', to: '2018-12-01' }],
  },
  {
    id: 'andres-manuel-lopez-obrador', name: 'Andrés Manuel López Obrador', country: 'MX',
    variants: ['Andrés Manuel López Obrador', 'Andres Manuel Lopez Obrador', 'López Obrador', 'Lopez Obrador', 'AMLO'],
    offices: [{ title: 'tong-thong', from: '2018-12-01', to: '2024-10-01' }],
  },
  {
    id: 'claudia-sheinbaum', name: 'Claudia Sheinbaum', country: 'MX',
    variants: ['Claudia Sheinbaum', 'Claudia Sheinbaum Pardo', 'Sheinbaum'],
    offices: [{ title: 'tong-thong', from: '2024-10-01' }],
  },
  {
    id: 'jose-antonio-meade', name: 'José Antonio Meade', country: 'MX',
    variants: ['José Antonio Meade', 'Jose Antonio Meade'], titledForms: ['Meade'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2012-12-01', to: '2015-08-27' }],
  },
  {
    id: 'claudia-ruiz-massieu', name: 'Claudia Ruiz Massieu', country: 'MX',
    variants: ['Claudia Ruiz Massieu', 'Ruiz Massieu'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2015-08-27', to: '2017-01-04' }],
  },
  {
    id: 'luis-videgaray', name: 'Luis Videgaray', country: 'MX',
    variants: ['Luis Videgaray', 'Videgaray'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2017-01-04', to: '2018-11-30' }],
  },
  {
    id: 'marcelo-ebrard', name: 'Marcelo Ebrard', country: 'MX',
    variants: ['Marcelo Ebrard', 'Ebrard'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2018-12-01', to: '2023-06-12' }],
  },
  {
    id: 'alicia-barcena', name: 'Alicia Bárcena', country: 'MX',
    variants: ['Alicia Bárcena', 'Alicia Barcena', 'Bárcena', 'Barcena'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2023-07-03', to: '2024-09-30' }],
  },
  {
    id: 'juan-ramon-de-la-fuente', name: 'Juan Ramón de la Fuente', country: 'MX',
    variants: ['Juan Ramón de la Fuente', 'Juan Ramon de la Fuente'], titledForms: ['de la Fuente'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2024-10-01' }],
  },
  {
    id: 'salvador-cienfuegos', name: 'Salvador Cienfuegos', country: 'MX',
    variants: ['Salvador Cienfuegos', 'Cienfuegos'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2012-12-01', to: '2018-11-30' }],
  },
  {
    id: 'luis-cresencio-sandoval', name: 'Luis Cresencio Sandoval', country: 'MX',
    variants: ['Luis Cresencio Sandoval'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2018-12-01', to: '2024-09-30' }],
  },
  {
    id: 'ricardo-trevilla-trejo', name: 'Ricardo Trevilla Trejo', country: 'MX',
    variants: ['Ricardo Trevilla Trejo'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2024-10-01' }],
  },

  // ══ Brazil, Argentina và Mỹ Latinh ═════════════════════════════════════════
  {
    id: 'dilma-rousseff', name: 'Dilma Rousseff', country: 'BR',
    variants: ['Dilma Rousseff', 'Rousseff', 'Đin-ma Rút-xép'], titledForms: ['Dilma'],
    offices: [{ title: 'tong-thong', from: '2011-01-01', to: '2016-08-31' }],
  },
  {
    id: 'michel-temer', name: 'Michel Temer', country: 'BR',
    variants: ['Michel Temer', 'Temer'],
    offices: [
      { title: 'pho-tong-thong', from: '2011-01-01', to: '2016-08-31' },
      { title: 'quyen-tong-thong', from: '2016-05-12', to: '2016-08-31' },
      { title: 'tong-thong', from: '2016-08-31', to: '2019-01-01' },
    ],
  },
  {
    id: 'jair-bolsonaro', name: 'Jair Bolsonaro', country: 'BR',
    variants: ['Jair Bolsonaro', 'Jair Messias Bolsonaro', 'Bolsonaro', 'Gia-ia Bôn-xô-na-rô', 'Bôn-xô-na-rô'],
    offices: [{ title: 'tong-thong', from: '2019-01-01', to: '2023-01-01' }],
  },
  {
    id: 'luiz-inacio-lula-da-silva', name: 'Luiz Inácio Lula da Silva', country: 'BR',
    variants: ['Luiz Inácio Lula da Silva', 'Luiz Inacio Lula da Silva', 'Lula da Silva', 'Lula'],
    offices: [
      { title: 'tong-thong', from: '2003-01-01', to: '2011-01-01' },
      { title: 'tong-thong', from: '2023-01-01' },
    ],
  },
  {
    id: 'mauro-vieira', name: 'Mauro Vieira', country: 'BR',
    variants: ['Mauro Vieira'], titledForms: ['Vieira'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2015-01-01', to: '2016-05-12' },
      { title: 'bo-truong-ngoai-giao', from: '2023-01-01' },
    ],
  },
  {
    id: 'jose-serra', name: 'José Serra', country: 'BR',
    variants: ['José Serra', 'Jose Serra'], titledForms: ['Serra'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2016-05-18', to: '2017-02-22' }],
  },
  {
    id: 'aloysio-nunes', name: 'Aloysio Nunes', country: 'BR',
    variants: ['Aloysio Nunes', 'Aloysio Nunes Ferreira'], titledForms: ['Nunes'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2017-03-07', to: '2019-01-01' }],
  },
  {
    id: 'ernesto-araujo', name: 'Ernesto Araújo', country: 'BR',
    variants: ['Ernesto Araújo', 'Ernesto Araujo'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2019-01-01', to: '2021-03-29' }],
  },
  {
    id: 'carlos-franca', name: 'Carlos França', country: 'BR',
    variants: ['Carlos França', 'Carlos Franca', 'Carlos Alberto Franco França'], titledForms: ['França'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2021-04-06', to: '2023-01-01' }],
  },
  {
    id: 'roberto-azevedo', name: 'Roberto Azevêdo', country: 'BR',
    variants: ['Roberto Azevêdo', 'Roberto Azevedo', 'Azevêdo', 'Azevedo'],
    offices: [{ title: 'tong-giam-doc', of: 'WTO', from: '2013-09-01', to: '2020-08-31' }],
  },
  {
    id: 'cristina-fernandez-de-kirchner', name: 'Cristina Fernández de Kirchner', country: 'AR',
    variants: ['Cristina Fernández de Kirchner', 'Cristina Fernandez de Kirchner', 'Cristina Kirchner', 'Kirchner'],
    offices: [
      { title: 'tong-thong', from: '2007-12-10', to: '2015-12-10' },
      { title: 'pho-tong-thong', from: '2019-12-10', to: '2023-12-10' },
    ],
  },
  {
    id: 'mauricio-macri', name: 'Mauricio Macri', country: 'AR',
    variants: ['Mauricio Macri', 'Macri'],
    offices: [{ title: 'tong-thong', from: '2015-12-10', to: '2019-12-10' }],
  },
  {
    id: 'alberto-fernandez', name: 'Alberto Fernández', country: 'AR',
    variants: ['Alberto Fernández', 'Alberto Fernandez'], titledForms: ['Fernández', 'Fernandez'],
    offices: [{ title: 'tong-thong', from: '2019-12-10', to: '2023-12-10' }],
  },
  {
    id: 'javier-milei', name: 'Javier Milei', country: 'AR',
    variants: ['Javier Milei', 'Milei'],
    offices: [{ title: 'tong-thong', from: '2023-12-10' }],
  },
  {
    id: 'hector-timerman', name: 'Héctor Timerman', country: 'AR',
    variants: ['Héctor Timerman', 'Hector Timerman', 'Timerman'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2010-06-18', to: '2015-12-10' }],
  },
  {
    id: 'susana-malcorra', name: 'Susana Malcorra', country: 'AR',
    variants: ['Susana Malcorra', 'Malcorra'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2015-12-10', to: '2017-06-12' }],
  },
  {
    id: 'jorge-faurie', name: 'Jorge Faurie', country: 'AR',
    variants: ['Jorge Faurie', 'Faurie'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2017-06-12', to: '2019-12-10' }],
  },
  {
    id: 'felipe-sola', name: 'Felipe Solá', country: 'AR',
    variants: ['Felipe Solá', 'Felipe Sola'], titledForms: ['Solá', 'Sola'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2019-12-10', to: '2021-09-20' }],
  },
  {
    id: 'santiago-cafiero', name: 'Santiago Cafiero', country: 'AR',
    variants: ['Santiago Cafiero', 'Cafiero'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2021-09-20', to: '2023-12-10' }],
  },
  {
    id: 'diana-mondino', name: 'Diana Mondino', country: 'AR',
    variants: ['Diana Mondino', 'Mondino'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2023-12-10', to: '2024-10-30' }],
  },
  {
    id: 'gerardo-werthein', name: 'Gerardo Werthein', country: 'AR',
    variants: ['Gerardo Werthein', 'Werthein'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2024-10-30', to: '2025' }],
  },
  {
    id: 'pablo-quirno', name: 'Pablo Quirno', country: 'AR',
    variants: ['Pablo Quirno', 'Quirno'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2025' }],
  },
  {
    id: 'rafael-grossi', name: 'Rafael Grossi', country: 'AR',
    variants: ['Rafael Grossi', 'Rafael Mariano Grossi', 'Grossi'],
    offices: [{ title: 'tong-giam-doc', of: 'IAEA', from: '2019-12-03' }],
  },
  {
    id: 'raul-castro', name: 'Raúl Castro', country: 'CU',
    variants: ['Raúl Castro', 'Raul Castro', 'Raúl Castro Ruz', 'Ra-un Ca-xtơ-rô'], titledForms: ['Castro'],
    offices: [
      { title: 'chu-tich-nuoc', from: '2008-02-24', to: '2018-04-19' },
      { title: 'chu-tich', from: '2008-02-24', to: '2018-04-19' },
      { title: 'bi-thu-thu-nhat', from: '2011-04-19', to: '2021-04-19' },
    ],
  },
  {
    id: 'miguel-diaz-canel', name: 'Miguel Díaz-Canel', country: 'CU',
    variants: ['Miguel Díaz-Canel', 'Miguel Diaz-Canel', 'Miguel Díaz-Canel Bermúdez', 'Díaz-Canel', 'Diaz-Canel', 'Mi-ghên Đi-át Ca-nên', 'Đi-át Ca-nên'],
    offices: [
      { title: 'chu-tich-nuoc', from: '2018-04-19' },
      { title: 'chu-tich', from: '2018-04-19' },
      { title: 'bi-thu-thu-nhat', from: '2021-04-19' },
    ],
  },
  {
    id: 'manuel-marrero-cruz', name: 'Manuel Marrero Cruz', country: 'CU',
    variants: ['Manuel Marrero Cruz', 'Manuel Marrero'], titledForms: ['Marrero'],
    offices: [{ title: 'thu-tuong', from: '2019-12-21' }],
  },
  {
    id: 'bruno-rodriguez-parrilla', name: 'Bruno Rodríguez Parrilla', country: 'CU',
    variants: ['Bruno Rodríguez Parrilla', 'Bruno Rodriguez Parrilla', 'Bruno Rodríguez', 'Bruno Rodriguez'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2009-03-02' }],
  },
  {
    id: 'nicolas-maduro', name: 'Nicolás Maduro', country: 'VE',
    variants: ['Nicolás Maduro', 'Nicolas Maduro', 'Nicolás Maduro Moros', 'Maduro', 'Ni-cô-lát Ma-đu-rô', 'Ma-đu-rô'],
    offices: [{ title: 'tong-thong', from: '2013-04-19' }],
  },
  {
    id: 'delcy-rodriguez', name: 'Delcy Rodríguez', country: 'VE',
    variants: ['Delcy Rodríguez', 'Delcy Rodriguez', 'Delcy Eloína Rodríguez'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2014-12-26', to: '2017-08-02' },
      { title: 'pho-tong-thong', from: '2018-06-14' },
    ],
  },
  {
    id: 'jorge-arreaza', name: 'Jorge Arreaza', country: 'VE',
    variants: ['Jorge Arreaza', 'Arreaza'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2017-08-02', to: '2021-08-20' }],
  },
  {
    id: 'yvan-gil', name: 'Yván Gil', country: 'VE',
    variants: ['Yván Gil', 'Yvan Gil', 'Yván Gil Pinto'], titledForms: ['Gil'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2023' }],
  },
  {
    id: 'gabriel-boric', name: 'Gabriel Boric', country: 'CL',
    variants: ['Gabriel Boric', 'Gabriel Boric Font', 'Boric'],
    offices: [{ title: 'tong-thong', from: '2022-03-11', to: '2026-03-11' }],
  },
  {
    id: 'jose-antonio-kast', name: 'José Antonio Kast', country: 'CL',
    variants: ['José Antonio Kast', 'Jose Antonio Kast'], titledForms: ['Kast'],
    offices: [{ title: 'tong-thong-dac-cu', from: '2025-12-14', to: '2026-03-11' }, { title: 'tong-thong', from: '2026-03-11' }],
  },
  {
    id: 'gustavo-petro', name: 'Gustavo Petro', country: 'CO',
    variants: ['Gustavo Petro'], titledForms: ['Petro'],
    offices: [{ title: 'tong-thong', from: '2022-08-07', to: '2026-08-07' }],
  },
  {
    id: 'michelle-bachelet', name: 'Michelle Bachelet', country: 'CL',
    variants: ['Michelle Bachelet', 'Bachelet'],
    offices: [
      { title: 'tong-thong', from: '2006-03-11', to: '2010-03-11' },
      { title: 'tong-thong', from: '2014-03-11', to: '2018-03-11' },
    ],
  },
  {
    id: 'sebastian-pinera', name: 'Sebastián Piñera', country: 'CL',
    variants: ['Sebastián Piñera', 'Sebastian Pinera', 'Piñera', 'Pinera'],
    offices: [
      { title: 'tong-thong', from: '2010-03-11', to: '2014-03-11' },
      { title: 'tong-thong', from: '2018-03-11', to: '2022-03-11' },
    ],
  },
  {
    id: 'juan-manuel-santos', name: 'Juan Manuel Santos', country: 'CO',
    variants: ['Juan Manuel Santos'],
    offices: [{ title: 'tong-thong', from: '2010-08-07', to: '2018-08-07' }],
  },
  {
    id: 'ivan-duque', name: 'Iván Duque', country: 'CO',
    variants: ['Iván Duque', 'Ivan Duque', 'Iván Duque Márquez', 'Ivan Duque Marquez'], titledForms: ['Duque'],
    offices: [{ title: 'tong-thong', from: '2018-08-07', to: '2022-08-07' }],
  },
  {
    id: 'ollanta-humala', name: 'Ollanta Humala', country: 'PE',
    variants: ['Ollanta Humala', 'Humala'],
    offices: [{ title: 'tong-thong', from: '2011-07-28', to: '2016-07-28' }],
  },
  {
    id: 'pedro-pablo-kuczynski', name: 'Pedro Pablo Kuczynski', country: 'PE',
    variants: ['Pedro Pablo Kuczynski', 'Kuczynski'],
    offices: [{ title: 'tong-thong', from: '2016-07-28', to: '2018-03-23' }],
  },
  {
    id: 'martin-vizcarra', name: 'Martín Vizcarra', country: 'PE',
    variants: ['Martín Vizcarra', 'Martin Vizcarra', 'Vizcarra'],
    offices: [{ title: 'tong-thong', from: '2018-03-23', to: '2020-11-10' }],
  },
  {
    id: 'francisco-sagasti', name: 'Francisco Sagasti', country: 'PE',
    variants: ['Francisco Sagasti', 'Sagasti'],
    offices: [{ title: 'tong-thong', from: '2020-11-17', to: '2021-07-28' }],
  },
  {
    id: 'pedro-castillo', name: 'Pedro Castillo', country: 'PE',
    variants: ['Pedro Castillo'],
    offices: [{ title: 'tong-thong', from: '2021-07-28', to: '2022-12-07' }],
  },
  {
    id: 'dina-boluarte', name: 'Dina Boluarte', country: 'PE',
    variants: ['Dina Boluarte', 'Boluarte'],
    offices: [{ title: 'tong-thong', from: '2022-12-07', to: '2025-10-10' }],
  },
  {
    id: 'jose-jeri', name: 'José Jerí', country: 'PE',
    variants: ['José Jerí', 'Jose Jeri'],
    offices: [{ title: 'tong-thong', from: '2025-10-10' }],
  },
  {
    id: 'hugo-chavez', name: 'Hugo Chávez', country: 'VE',
    variants: ['Hugo Chávez', 'Hugo Chavez'], titledForms: ['Chávez'],
    offices: [{ title: 'tong-thong', from: '1999-02-02', to: '2013-03-05' }],
  },
  {
    id: 'evo-morales', name: 'Evo Morales', country: 'BO',
    variants: ['Evo Morales'],
    offices: [{ title: 'tong-thong', from: '2006-01-22', to: '2019-11-10' }],
  },
  {
    id: 'jeanine-anez', name: 'Jeanine Áñez', country: 'BO',
    variants: ['Jeanine Áñez', 'Jeanine Anez', 'Áñez', 'Anez'],
    offices: [{ title: 'quyen-tong-thong', from: '2019-11-12', to: '2020-11-08' }],
  },
  {
    id: 'luis-arce', name: 'Luis Arce', country: 'BO',
    variants: ['Luis Arce'], titledForms: ['Arce'],
    offices: [{ title: 'tong-thong', from: '2020-11-08', to: '2025-11-08' }],
  },
  {
    id: 'rodrigo-paz', name: 'Rodrigo Paz', country: 'BO',
    variants: ['Rodrigo Paz', 'Rodrigo Paz Pereira'],
    offices: [{ title: 'tong-thong', from: '2025-11-08' }],
  },
  {
    id: 'rafael-correa', name: 'Rafael Correa', country: 'EC',
    variants: ['Rafael Correa'],
    offices: [{ title: 'tong-thong', from: '2007-01-15', to: '2017-05-24' }],
  },
  {
    id: 'lenin-moreno', name: 'Lenín Moreno', country: 'EC',
    variants: ['Lenín Moreno', 'Lenin Moreno'],
    offices: [{ title: 'tong-thong', from: '2017-05-24', to: '2021-05-24' }],
  },
  {
    id: 'guillermo-lasso', name: 'Guillermo Lasso', country: 'EC',
    variants: ['Guillermo Lasso'], titledForms: ['Lasso'],
    offices: [{ title: 'tong-thong', from: '2021-05-24', to: '2023-11-23' }],
  },
  {
    id: 'daniel-noboa', name: 'Daniel Noboa', country: 'EC',
    variants: ['Daniel Noboa', 'Noboa'],
    offices: [{ title: 'tong-thong', from: '2023-11-23' }],
  },
  {
    id: 'jose-mujica', name: 'José Mujica', country: 'UY',
    variants: ['José Mujica', 'Jose Mujica', 'Mujica'],
    offices: [{ title: 'tong-thong', from: '2010-03-01', to: '2015-03-01' }],
  },
  {
    id: 'tabare-vazquez', name: 'Tabaré Vázquez', country: 'UY',
    variants: ['Tabaré Vázquez', 'Tabare Vazquez'],
    offices: [{ title: 'tong-thong', from: '2015-03-01', to: '2020-03-01' }],
  },
  {
    id: 'luis-lacalle-pou', name: 'Luis Lacalle Pou', country: 'UY',
    variants: ['Luis Lacalle Pou', 'Lacalle Pou'],
    offices: [{ title: 'tong-thong', from: '2020-03-01', to: '2025-03-01' }],
  },
  {
    id: 'yamandu-orsi', name: 'Yamandú Orsi', country: 'UY',
    variants: ['Yamandú Orsi', 'Yamandu Orsi'], titledForms: ['Orsi'],
    offices: [{ title: 'tong-thong', from: '2025-03-01' }],
  },
  {
    id: 'horacio-cartes', name: 'Horacio Cartes', country: 'PY',
    variants: ['Horacio Cartes'], titledForms: ['Cartes'],
    offices: [{ title: 'tong-thong', from: '2013-08-15', to: '2018-08-15' }],
  },
  {
    id: 'mario-abdo-benitez', name: 'Mario Abdo Benítez', country: 'PY',
    variants: ['Mario Abdo Benítez', 'Mario Abdo Benitez', 'Abdo Benítez', 'Abdo Benitez'],
    offices: [{ title: 'tong-thong', from: '2018-08-15', to: '2023-08-15' }],
  },
  {
    id: 'santiago-pena', name: 'Santiago Peña', country: 'PY',
    variants: ['Santiago Peña', 'Santiago Pena'],
    offices: [{ title: 'tong-thong', from: '2023-08-15' }],
  },
  {
    id: 'daniel-ortega', name: 'Daniel Ortega', country: 'NI',
    variants: ['Daniel Ortega'], titledForms: ['Ortega'],
    offices: [{ title: 'tong-thong', from: '2007-01-10' }],
  },
  {
    id: 'juan-carlos-varela', name: 'Juan Carlos Varela', country: 'PA',
    variants: ['Juan Carlos Varela'],
    offices: [{ title: 'tong-thong', from: '2014-07-01', to: '2019-07-01' }],
  },
  {
    id: 'laurentino-cortizo', name: 'Laurentino Cortizo', country: 'PA',
    variants: ['Laurentino Cortizo', 'Cortizo'],
    offices: [{ title: 'tong-thong', from: '2019-07-01', to: '2024-07-01' }],
  },
  {
    id: 'jose-raul-mulino', name: 'José Raúl Mulino', country: 'PA',
    variants: ['José Raúl Mulino', 'Jose Raul Mulino', 'Mulino'],
    offices: [{ title: 'tong-thong', from: '2024-07-01' }],
  },
  {
    id: 'danilo-medina', name: 'Danilo Medina', country: 'DO',
    variants: ['Danilo Medina'],
    offices: [{ title: 'tong-thong', from: '2012-08-16', to: '2020-08-16' }],
  },
  {
    id: 'luis-abinader', name: 'Luis Abinader', country: 'DO',
    variants: ['Luis Abinader', 'Abinader'],
    offices: [{ title: 'tong-thong', from: '2020-08-16' }],
  },
  {
    id: 'alejandro-giammattei', name: 'Alejandro Giammattei', country: 'GT',
    variants: ['Alejandro Giammattei', 'Giammattei'],
    offices: [{ title: 'tong-thong', from: '2020-01-14', to: '2024-01-14' }],
  },
  {
    id: 'bernardo-arevalo', name: 'Bernardo Arévalo', country: 'GT',
    variants: ['Bernardo Arévalo', 'Bernardo Arevalo'], titledForms: ['Arévalo'],
    offices: [{ title: 'tong-thong', from: '2024-01-14' }],
  },
  {
    id: 'nayib-bukele', name: 'Nayib Bukele', country: 'SV',
    variants: ['Nayib Bukele', 'Bukele'],
    offices: [{ title: 'tong-thong', from: '2019-06-01' }],
  },
  {
    id: 'jaques-wagner', name: 'Jaques Wagner', country: 'BR',
    variants: ['Jaques Wagner'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2015-01-01', to: '2015-10-02' }],
  },
  {
    id: 'aldo-rebelo', name: 'Aldo Rebelo', country: 'BR',
    variants: ['Aldo Rebelo'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2015-10-02', to: '2016-05-12' }],
  },
  {
    id: 'raul-jungmann', name: 'Raul Jungmann', country: 'BR',
    variants: ['Raul Jungmann', 'Jungmann'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2016-05-12', to: '2018-02-27' }],
  },
  {
    id: 'fernando-azevedo-e-silva', name: 'Fernando Azevedo e Silva', country: 'BR',
    variants: ['Fernando Azevedo e Silva'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2019-01-01', to: '2021-03-30' }],
  },
  {
    id: 'walter-braga-netto', name: 'Walter Braga Netto', country: 'BR',
    variants: ['Walter Braga Netto', 'Braga Netto'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2021-03-31', to: '2022-03-31' }],
  },
  {
    id: 'paulo-sergio-nogueira', name: 'Paulo Sérgio Nogueira', country: 'BR',
    variants: ['Paulo Sérgio Nogueira', 'Paulo Sergio Nogueira', 'Paulo Sérgio Nogueira de Oliveira', 'Paulo Sergio Nogueira de Oliveira'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2022-04-01', to: '2022-12-31' }],
  },
  {
    id: 'jose-mucio', name: 'José Múcio', country: 'BR',
    variants: ['José Múcio', 'Jose Mucio', 'José Múcio Monteiro', 'Jose Mucio Monteiro'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2023-01-01' }],
  },
  {
    id: 'leopoldo-cintra-frias', name: 'Leopoldo Cintra Frías', country: 'CU',
    variants: ['Leopoldo Cintra Frías', 'Leopoldo Cintra Frias'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2011', to: '2021' }],
  },
  {
    id: 'alvaro-lopez-miera', name: 'Álvaro López Miera', country: 'CU',
    variants: ['Álvaro López Miera', 'Alvaro Lopez Miera'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2021' }],
  },

  // ══ Úc, New Zealand ════════════════════════════════════════════════════════
  {
    id: 'tony-abbott', name: 'Tony Abbott', country: 'AU',
    variants: ['Tony Abbott'], titledForms: ['Abbott'],
    offices: [{ title: 'thu-tuong', from: '2013-09-18', to: '2015-09-15' }],
  },
  {
    id: 'malcolm-turnbull', name: 'Malcolm Turnbull', country: 'AU',
    variants: ['Malcolm Turnbull', 'Turnbull'],
    offices: [{ title: 'thu-tuong', from: '2015-09-15', to: '2018-08-24' }],
  },
  {
    id: 'scott-morrison', name: 'Scott Morrison', country: 'AU',
    variants: ['Scott Morrison'], titledForms: ['Morrison'],
    offices: [{ title: 'thu-tuong', from: '2018-08-24', to: '2022-05-23' }],
  },
  {
    id: 'anthony-albanese', name: 'Anthony Albanese', country: 'AU',
    variants: ['Anthony Albanese', 'Albanese', 'An-tô-ni An-ba-ni-di'],
    offices: [{ title: 'thu-tuong', from: '2022-05-23' }],
  },
  {
    id: 'julie-bishop', name: 'Julie Bishop', country: 'AU',
    variants: ['Julie Bishop'], titledForms: ['Bishop'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2013-09-18', to: '2018-08-28' }],
  },
  {
    id: 'marise-payne', name: 'Marise Payne', country: 'AU',
    variants: ['Marise Payne'], titledForms: ['Payne'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2018-08-28', to: '2022-05-23' },
      { title: 'bo-truong-quoc-phong', from: '2015-09-21', to: '2018-08-28' },
    ],
  },
  {
    id: 'penny-wong', name: 'Penny Wong', country: 'AU',
    variants: ['Penny Wong'], titledForms: ['Wong'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2022-05-23' }],
  },
  {
    id: 'john-key', name: 'John Key', country: 'NZ',
    variants: ['John Key'], titledForms: ['Key'],
    offices: [{ title: 'thu-tuong', from: '2008-11-19', to: '2016-12-12' }],
  },
  {
    id: 'bill-english', name: 'Bill English', country: 'NZ',
    variants: ['Bill English'], titledForms: ['English'],
    offices: [{ title: 'thu-tuong', from: '2016-12-12', to: '2017-10-26' }],
  },
  {
    id: 'jacinda-ardern', name: 'Jacinda Ardern', country: 'NZ',
    variants: ['Jacinda Ardern', 'Ardern'],
    offices: [{ title: 'thu-tuong', from: '2017-10-26', to: '2023-01-25' }],
  },
  {
    id: 'chris-hipkins', name: 'Chris Hipkins', country: 'NZ',
    variants: ['Chris Hipkins', 'Hipkins'],
    offices: [{ title: 'thu-tuong', from: '2023-01-25', to: '2023-11-27' }],
  },
  {
    id: 'christopher-luxon', name: 'Christopher Luxon', country: 'NZ',
    variants: ['Christopher Luxon', 'Chris Luxon', 'Luxon'],
    offices: [{ title: 'thu-tuong', from: '2023-11-27' }],
  },
  {
    id: 'murray-mccully', name: 'Murray McCully', country: 'NZ',
    variants: ['Murray McCully', 'McCully'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2008-11-19', to: '2017-05-02' }],
  },
  {
    id: 'gerry-brownlee', name: 'Gerry Brownlee', country: 'NZ',
    variants: ['Gerry Brownlee', 'Brownlee'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2017-05-02', to: '2017-10-26' }],
  },
  {
    id: 'winston-peters', name: 'Winston Peters', country: 'NZ',
    variants: ['Winston Peters'], titledForms: ['Peters'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2017-10-26', to: '2020-11-06' },
      { title: 'bo-truong-ngoai-giao', from: '2023-11-27' },
    ],
  },
  {
    id: 'nanaia-mahuta', name: 'Nanaia Mahuta', country: 'NZ',
    variants: ['Nanaia Mahuta', 'Mahuta'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2020-11-06', to: '2023-11-27' }],
  },
  {
    id: 'david-johnston-au', name: 'David Johnston', country: 'AU',
    variants: ['David Johnston'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2013-09-18', to: '2014-12-23' }],
  },
  {
    id: 'kevin-andrews', name: 'Kevin Andrews', country: 'AU',
    variants: ['Kevin Andrews'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2014-12-23', to: '2015-09-21' }],
  },
  {
    id: 'christopher-pyne', name: 'Christopher Pyne', country: 'AU',
    variants: ['Christopher Pyne', 'Pyne'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2018-08-28', to: '2019-05-29' }],
  },
  {
    id: 'linda-reynolds', name: 'Linda Reynolds', country: 'AU',
    variants: ['Linda Reynolds'], titledForms: ['Reynolds'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2019-05-29', to: '2021-03-30' }],
  },
  {
    id: 'peter-dutton', name: 'Peter Dutton', country: 'AU',
    variants: ['Peter Dutton', 'Dutton'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2021-03-30', to: '2022-05-23' }],
  },
  {
    id: 'richard-marles', name: 'Richard Marles', country: 'AU',
    variants: ['Richard Marles', 'Marles'],
    offices: [
      { title: 'pho-thu-tuong', from: '2022-05-23' },
      { title: 'bo-truong-quoc-phong', from: '2022-06-01' },
    ],
  },

  // ══ Papua New Guinea, Fiji ═════════════════════════════════════════════════
  {
    id: 'peter-oneill', name: 'Peter O\'Neill', country: 'PG',
    variants: ['Peter O\'Neill'],
    offices: [{ title: 'thu-tuong', from: '2011-08-02', to: '2019-05-30' }],
  },
  {
    id: 'james-marape', name: 'James Marape', country: 'PG',
    variants: ['James Marape', 'Marape'],
    offices: [{ title: 'thu-tuong', from: '2019-05-30' }],
  },
  {
    id: 'frank-bainimarama', name: 'Frank Bainimarama', country: 'FJ',
    variants: ['Frank Bainimarama', 'Bainimarama'],
    offices: [{ title: 'thu-tuong', from: '2007-01-05', to: '2022-12-24' }],
  },
  {
    id: 'sitiveni-rabuka', name: 'Sitiveni Rabuka', country: 'FJ',
    variants: ['Sitiveni Rabuka', 'Rabuka'],
    offices: [{ title: 'thu-tuong', from: '2022-12-24' }],
  },

  // ══ Thổ Nhĩ Kỳ ═════════════════════════════════════════════════════════════
  {
    id: 'recep-tayyip-erdogan', name: 'Recep Tayyip Erdogan', country: 'TR',
    variants: ['Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan', 'Tayyip Erdogan', 'Tayyip Erdoğan', 'R.T. Erdogan', 'Erdogan', 'Erdoğan', 'Ơ-đô-gan'],
    offices: [
      { title: 'thu-tuong', from: '2003-03-14', to: '2014-08-28' },
      { title: 'tong-thong', from: '2014-08-28' },
    ],
  },
  {
    id: 'ahmet-davutoglu', name: 'Ahmet Davutoğlu', country: 'TR',
    variants: ['Ahmet Davutoğlu', 'Ahmet Davutoglu', 'Davutoğlu', 'Davutoglu'],
    offices: [
      { title: 'thu-tuong', from: '2014-08-28', to: '2016-05-24' },
      { title: 'bo-truong-ngoai-giao', from: '2009-05-01', to: '2014-08-29' },
    ],
  },
  {
    id: 'binali-yildirim', name: 'Binali Yıldırım', country: 'TR',
    variants: ['Binali Yıldırım', 'Binali Yildirim'], titledForms: ['Yıldırım', 'Yildirim'],
    offices: [{ title: 'thu-tuong', from: '2016-05-24', to: '2018-07-09' }],
  },
  {
    id: 'mevlut-cavusoglu', name: 'Mevlüt Çavuşoğlu', country: 'TR',
    variants: ['Mevlüt Çavuşoğlu', 'Mevlut Cavusoglu', 'Çavuşoğlu', 'Cavusoglu'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2014-08-29', to: '2015-08-28' },
      { title: 'bo-truong-ngoai-giao', from: '2015-11-24', to: '2023-06-04' },
    ],
  },
  {
    id: 'feridun-sinirlioglu', name: 'Feridun Sinirlioğlu', country: 'TR',
    variants: ['Feridun Sinirlioğlu', 'Feridun Sinirlioglu', 'Sinirlioğlu', 'Sinirlioglu'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2015-08-28', to: '2015-11-24' },
      { title: 'tong-thu-ky', of: 'OSCE', from: '2024-09-04' },
    ],
  },
  {
    id: 'hakan-fidan', name: 'Hakan Fidan', country: 'TR',
    variants: ['Hakan Fidan'], titledForms: ['Fidan'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2023-06-04' }],
  },
  {
    id: 'abdullah-gul', name: 'Abdullah Gül', country: 'TR',
    variants: ['Abdullah Gül', 'Abdullah Gul'], titledForms: ['Gül'],
    offices: [{ title: 'tong-thong', from: '2007-08-28', to: '2014-08-28' }],
  },
  {
    id: 'fikri-isik', name: 'Fikri Işık', country: 'TR',
    variants: ['Fikri Işık', 'Fikri Isik'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2016-05-24', to: '2017-07-19' }],
  },
  {
    id: 'nurettin-canikli', name: 'Nurettin Canikli', country: 'TR',
    variants: ['Nurettin Canikli', 'Canikli'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2017-07-19', to: '2018-07-10' }],
  },
  {
    id: 'hulusi-akar', name: 'Hulusi Akar', country: 'TR',
    variants: ['Hulusi Akar'], titledForms: ['Akar'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2018-07-10', to: '2023-06-04' }],
  },
  {
    id: 'yasar-guler', name: 'Yaşar Güler', country: 'TR',
    variants: ['Yaşar Güler', 'Yasar Guler'], titledForms: ['Güler'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2023-06-04' }],
  },

  // ══ Ả Rập Xê Út và vùng Vịnh ═══════════════════════════════════════════════
  {
    id: 'salman-bin-abdulaziz', name: 'Salman bin Abdulaziz Al Saud', country: 'SA',
    variants: ['Salman bin Abdulaziz Al Saud', 'Salman bin Abdulaziz', 'Salman bin Abdul Aziz'],
    titledForms: ['Salman'],
    offices: [
      { title: 'thai-tu', from: '2012-06-18', to: '2015-01-23' },
      { title: 'quoc-vuong', from: '2015-01-23' },
      { title: 'thu-tuong', from: '2015-01-23', to: '2022-09-27' },
    ],
  },
  {
    id: 'muhammad-bin-nayef', name: 'Muhammad bin Nayef', country: 'SA',
    variants: ['Muhammad bin Nayef', 'Mohammed bin Nayef', 'Mohammad bin Nayef'],
    offices: [{ title: 'thai-tu', from: '2015-04-29', to: '2017-06-21' }],
  },
  {
    id: 'mohammed-bin-salman', name: 'Mohammed bin Salman', country: 'SA',
    variants: ['Mohammed bin Salman', 'Mohammad bin Salman', 'Muhammad bin Salman', 'Mohammed bin Salman Al Saud', 'MBS'],
    offices: [
      { title: 'bo-truong-quoc-phong', from: '2015-01-23', to: '2022-09-27' },
      { title: 'thai-tu', from: '2017-06-21' },
      { title: 'thu-tuong', from: '2022-09-27' },
      { title: 'thai-tu-kiem-thu-tuong', from: '2022-09-27' },
    ],
  },
  {
    id: 'saud-al-faisal', name: 'Saud al-Faisal', country: 'SA',
    variants: ['Saud al-Faisal', 'Saud bin Faisal Al Saud'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '1975-10-13', to: '2015-04-29' }],
  },
  {
    id: 'adel-al-jubeir', name: 'Adel al-Jubeir', country: 'SA',
    variants: ['Adel al-Jubeir', 'Adel bin Ahmed Al-Jubeir', 'al-Jubeir', 'Jubeir'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2015-04-29', to: '2018-12-27' }],
  },
  {
    id: 'ibrahim-al-assaf', name: 'Ibrahim al-Assaf', country: 'SA',
    variants: ['Ibrahim al-Assaf', 'Ibrahim Abdulaziz al-Assaf', 'al-Assaf'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2018-12-27', to: '2019-10-23' }],
  },
  {
    id: 'faisal-bin-farhan', name: 'Faisal bin Farhan', country: 'SA',
    variants: ['Faisal bin Farhan', 'Faisal bin Farhan Al Saud'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2019-10-23' }],
  },
  {
    id: 'tamim-bin-hamad-al-thani', name: 'Tamim bin Hamad Al Thani', country: 'QA',
    variants: ['Tamim bin Hamad Al Thani', 'Sheikh Tamim bin Hamad Al Thani', 'Tamim bin Hamad'],
    titledForms: ['Tamim'],
    offices: [
      { title: 'tieu-vuong', from: '2013-06-25' },
      { title: 'quoc-vuong', from: '2013-06-25' },
    ],
  },
  {
    id: 'abdullah-bin-nasser-al-thani', name: 'Abdullah bin Nasser Al Thani', country: 'QA',
    variants: ['Abdullah bin Nasser Al Thani', 'Abdullah bin Nasser bin Khalifa Al Thani'],
    offices: [{ title: 'thu-tuong', from: '2013-06-26', to: '2020-01-28' }],
  },
  {
    id: 'khalid-bin-khalifa-al-thani', name: 'Khalid bin Khalifa Al Thani', country: 'QA',
    variants: ['Khalid bin Khalifa Al Thani', 'Khalid bin Khalifa bin Abdulaziz Al Thani'],
    offices: [{ title: 'thu-tuong', from: '2020-01-28', to: '2023-03-07' }],
  },
  {
    id: 'mohammed-bin-abdulrahman-al-thani', name: 'Mohammed bin Abdulrahman Al Thani', country: 'QA',
    variants: ['Mohammed bin Abdulrahman Al Thani', 'Mohammed bin Abdulrahman bin Jassim Al Thani', 'Sheikh Mohammed bin Abdulrahman', 'Mohammed bin Abdulrahman'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2016-01-27' },
      { title: 'thu-tuong', from: '2023-03-07' },
    ],
  },
  {
    id: 'khalifa-bin-zayed', name: 'Khalifa bin Zayed Al Nahyan', country: 'AE',
    variants: ['Khalifa bin Zayed Al Nahyan', 'Khalifa bin Zayed'],
    offices: [{ title: 'tong-thong', from: '2004-11-03', to: '2022-05-13' }],
  },
  {
    id: 'mohamed-bin-zayed', name: 'Mohamed bin Zayed Al Nahyan', country: 'AE',
    variants: ['Mohamed bin Zayed Al Nahyan', 'Mohammed bin Zayed Al Nahyan', 'Mohamed bin Zayed', 'Mohammed bin Zayed', 'Sheikh Mohamed bin Zayed', 'MBZ'],
    offices: [
      { title: 'thai-tu', from: '2004-11-03', to: '2022-05-14' },
      { title: 'tong-thong', from: '2022-05-14' },
    ],
  },
  {
    id: 'mohammed-bin-rashid', name: 'Mohammed bin Rashid Al Maktoum', country: 'AE',
    variants: ['Mohammed bin Rashid Al Maktoum', 'Mohammed bin Rashid', 'Sheikh Mohammed bin Rashid'],
    offices: [
      { title: 'pho-tong-thong', from: '2006-01-05' },
      { title: 'thu-tuong', from: '2006-01-05' },
    ],
  },
  {
    id: 'abdullah-bin-zayed', name: 'Abdullah bin Zayed Al Nahyan', country: 'AE',
    variants: ['Abdullah bin Zayed Al Nahyan', 'Abdullah bin Zayed', 'Sheikh Abdullah bin Zayed'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2006-02-09' }],
  },
  {
    id: 'sabah-al-ahmad', name: 'Sabah Al-Ahmad Al-Jaber Al-Sabah', country: 'KW',
    variants: ['Sabah Al-Ahmad Al-Jaber Al-Sabah', 'Sabah Al-Ahmad'],
    titledForms: ['Sabah'],
    offices: [
      { title: 'tieu-vuong', from: '2006-01-29', to: '2020-09-29' },
      { title: 'quoc-vuong', from: '2006-01-29', to: '2020-09-29' },
    ],
  },
  {
    id: 'nawaf-al-ahmad', name: 'Nawaf Al-Ahmad Al-Jaber Al-Sabah', country: 'KW',
    variants: ['Nawaf Al-Ahmad Al-Jaber Al-Sabah', 'Nawaf Al-Ahmad'],
    titledForms: ['Nawaf'],
    offices: [
      { title: 'tieu-vuong', from: '2020-09-30', to: '2023-12-16' },
      { title: 'quoc-vuong', from: '2020-09-30', to: '2023-12-16' },
    ],
  },
  {
    id: 'mishal-al-ahmad', name: 'Mishal Al-Ahmad Al-Jaber Al-Sabah', country: 'KW',
    variants: ['Mishal Al-Ahmad Al-Jaber Al-Sabah', 'Meshal Al-Ahmad Al-Jaber Al-Sabah', 'Mishal Al-Ahmad'],
    titledForms: ['Mishal', 'Meshal'],
    offices: [
      { title: 'tieu-vuong', from: '2023-12-16' },
      { title: 'quoc-vuong', from: '2023-12-16' },
    ],
  },
  {
    id: 'qaboos-bin-said', name: 'Qaboos bin Said', country: 'OM',
    variants: ['Qaboos bin Said', 'Qaboos bin Said Al Said'], titledForms: ['Qaboos'],
    offices: [{ title: 'quoc-vuong', from: '1970-07-23', to: '2020-01-10' }],
  },
  {
    id: 'haitham-bin-tariq', name: 'Haitham bin Tariq', country: 'OM',
    variants: ['Haitham bin Tariq', 'Haitham bin Tarik', 'Haitham bin Tariq Al Said'], titledForms: ['Haitham'],
    offices: [{ title: 'quoc-vuong', from: '2020-01-11' }],
  },
  {
    id: 'badr-albusaidi', name: 'Badr Albusaidi', country: 'OM',
    variants: ['Badr Albusaidi', 'Badr al-Busaidi', 'Badr bin Hamad Albusaidi', 'Badr bin Hamad al-Busaidi', 'Albusaidi', 'al-Busaidi'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2020-08-18' }],
  },
  {
    id: 'hamad-bin-isa-al-khalifa', name: 'Hamad bin Isa Al Khalifa', country: 'BH',
    variants: ['Hamad bin Isa Al Khalifa', 'Hamad bin Isa'],
    offices: [{ title: 'quoc-vuong', from: '2002-02-14' }],
  },
  {
    id: 'khalifa-bin-salman-al-khalifa', name: 'Khalifa bin Salman Al Khalifa', country: 'BH',
    variants: ['Khalifa bin Salman Al Khalifa', 'Khalifa bin Salman'],
    offices: [{ title: 'thu-tuong', from: '1971', to: '2020-11-11' }],
  },
  {
    id: 'salman-bin-hamad-al-khalifa', name: 'Salman bin Hamad Al Khalifa', country: 'BH',
    variants: ['Salman bin Hamad Al Khalifa', 'Salman bin Hamad'],
    offices: [
      { title: 'thai-tu', from: '1999' },
      { title: 'thu-tuong', from: '2020-11-11' },
    ],
  },
  {
    id: 'khalid-bin-salman', name: 'Khalid bin Salman', country: 'SA',
    variants: ['Khalid bin Salman', 'Khalid bin Salman Al Saud'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2022-09-27' }],
  },
  {
    id: 'khalid-al-attiyah', name: 'Khalid bin Mohammad Al Attiyah', country: 'QA',
    variants: ['Khalid bin Mohammad Al Attiyah', 'Khalid al-Attiyah'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2013-06-26', to: '2016-01-27' },
      { title: 'bo-truong-quoc-phong', from: '2016-01-27', to: '2024' },
    ],
  },

  // ══ Israel, Palestine ══════════════════════════════════════════════════════
  {
    id: 'benjamin-netanyahu', name: 'Benjamin Netanyahu', country: 'IL',
    variants: ['Benjamin Netanyahu', 'B. Netanyahu', 'Bibi Netanyahu', 'Netanyahu', 'Ben-gia-min Nê-ta-ni-a-hu', 'Nê-ta-ni-a-hu'],
    offices: [
      { title: 'thu-tuong', from: '2009-03-31', to: '2021-06-13' },
      { title: 'bo-truong-ngoai-giao', from: '2015-05-14', to: '2019-02-17' },
      { title: 'thu-tuong', from: '2022-12-29' },
      { title: 'bo-truong-quoc-phong', from: '2018-11-18', to: '2019-11-12' },
    ],
  },
  {
    id: 'naftali-bennett', name: 'Naftali Bennett', country: 'IL',
    variants: ['Naftali Bennett'], titledForms: ['Bennett'],
    offices: [
      { title: 'thu-tuong', from: '2021-06-13', to: '2022-06-30' },
      { title: 'bo-truong-quoc-phong', from: '2019-11-12', to: '2020-05-17' },
    ],
  },
  {
    id: 'yair-lapid', name: 'Yair Lapid', country: 'IL',
    variants: ['Yair Lapid', 'Lapid'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2021-06-13', to: '2022-12-29' },
      { title: 'thu-tuong', from: '2022-07-01', to: '2022-12-29' },
    ],
  },
  {
    id: 'reuven-rivlin', name: 'Reuven Rivlin', country: 'IL',
    variants: ['Reuven Rivlin', 'Rivlin'],
    offices: [{ title: 'tong-thong', from: '2014-07-24', to: '2021-07-07' }],
  },
  {
    id: 'isaac-herzog', name: 'Isaac Herzog', country: 'IL',
    variants: ['Isaac Herzog', 'Yitzhak Herzog'], titledForms: ['Herzog'],
    offices: [{ title: 'tong-thong', from: '2021-07-07' }],
  },
  {
    id: 'israel-katz', name: 'Israel Katz', country: 'IL',
    variants: ['Israel Katz'], titledForms: ['Katz'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2019-02-17', to: '2020-05-17' },
      { title: 'bo-truong-ngoai-giao', from: '2024-01-01', to: '2024-11-05' },
      { title: 'bo-truong-quoc-phong', from: '2024-11-05' },
    ],
  },
  {
    id: 'gabi-ashkenazi', name: 'Gabi Ashkenazi', country: 'IL',
    variants: ['Gabi Ashkenazi', 'Gabriel Ashkenazi'], titledForms: ['Ashkenazi'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2020-05-17', to: '2021-06-13' }],
  },
  {
    id: 'eli-cohen', name: 'Eli Cohen', country: 'IL',
    variants: ['Eli Cohen'], titledForms: ['Cohen'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2022-12-29', to: '2024-01-01' }],
  },
  {
    id: 'gideon-saar', name: "Gideon Sa'ar", country: 'IL',
    variants: ["Gideon Sa'ar", 'Gideon Saar'], titledForms: ["Sa'ar", 'Saar'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2024-11-05' }],
  },
  {
    id: 'yoav-gallant', name: 'Yoav Gallant', country: 'IL',
    variants: ['Yoav Gallant', 'Gallant'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2022-12-29', to: '2024-11-05' }],
  },
  {
    id: 'mahmoud-abbas', name: 'Mahmoud Abbas', country: 'PS',
    variants: ['Mahmoud Abbas', 'Abu Mazen', 'Mah-mút Áp-bát'], titledForms: ['Abbas', 'Áp-bát'],
    offices: [{ title: 'tong-thong', from: '2005-01-15' }],
  },
  {
    id: 'rami-hamdallah', name: 'Rami Hamdallah', country: 'PS',
    variants: ['Rami Hamdallah', 'Hamdallah'],
    offices: [{ title: 'thu-tuong', from: '2013-06-06', to: '2019-04-14' }],
  },
  {
    id: 'mohammad-shtayyeh', name: 'Mohammad Shtayyeh', country: 'PS',
    variants: ['Mohammad Shtayyeh', 'Mohammed Shtayyeh', 'Shtayyeh'],
    offices: [{ title: 'thu-tuong', from: '2019-04-14', to: '2024-03-31' }],
  },
  {
    id: 'mohammad-mustafa', name: 'Mohammad Mustafa', country: 'PS',
    variants: ['Mohammad Mustafa', 'Mohammed Mustafa'], titledForms: ['Mustafa'],
    offices: [{ title: 'thu-tuong', from: '2024-03-31' }],
  },
  {
    id: 'riyad-al-maliki', name: 'Riyad al-Maliki', country: 'PS',
    variants: ['Riyad al-Maliki', 'Riad Malki', 'Riyad Maliki'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2007', to: '2024-03-31' }],
  },
  {
    id: 'varsen-aghabekian', name: 'Varsen Aghabekian', country: 'PS',
    variants: ['Varsen Aghabekian', 'Varsen Aghabekian Shahin', 'Aghabekian'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2024-03-31' }],
  },
  {
    id: 'shimon-peres', name: 'Shimon Peres', country: 'IL',
    variants: ['Shimon Peres', 'Peres'],
    offices: [{ title: 'tong-thong', from: '2007-07-15', to: '2014-07-24' }],
  },
  {
    id: 'moshe-yaalon', name: 'Moshe Ya\'alon', country: 'IL',
    variants: ['Moshe Ya\'alon', 'Moshe Yaalon', 'Ya\'alon'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2013-03-18', to: '2016-05-31' }],
  },
  {
    id: 'avigdor-lieberman', name: 'Avigdor Lieberman', country: 'IL',
    variants: ['Avigdor Lieberman', 'Avigdor Liberman'], titledForms: ['Lieberman', 'Liberman'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2009-03-31', to: '2012-12-18' },
      { title: 'bo-truong-ngoai-giao', from: '2013-11-11', to: '2015-05-14' },
      { title: 'bo-truong-quoc-phong', from: '2016-05-31', to: '2018-11-18' },
    ],
  },
  {
    id: 'benny-gantz', name: 'Benny Gantz', country: 'IL',
    variants: ['Benny Gantz', 'Gantz'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2020-05-17', to: '2022-12-29' }],
  },

  // ══ Iran ═══════════════════════════════════════════════════════════════════
  {
    id: 'ali-khamenei', name: 'Ali Khamenei', country: 'IR',
    variants: ['Ali Khamenei', 'Ayatollah Ali Khamenei', 'Ayatollah Khamenei', 'Khamenei', 'A-li Kha-mê-nei', 'Kha-mê-nei'],
    offices: [{ title: 'lanh-tu-toi-cao', from: '1989-06-04' }],
  },
  {
    id: 'hassan-rouhani', name: 'Hassan Rouhani', country: 'IR',
    variants: ['Hassan Rouhani', 'Hassan Rohani', 'Rouhani', 'Rohani', 'Ha-xan Rô-ha-ni', 'Rô-ha-ni'],
    offices: [{ title: 'tong-thong', from: '2013-08-03', to: '2021-08-03' }],
  },
  {
    id: 'ebrahim-raisi', name: 'Ebrahim Raisi', country: 'IR',
    variants: ['Ebrahim Raisi', 'Ibrahim Raisi', 'Ebrahim Raeisi', 'Raisi', 'Raeisi', 'Ê-bra-him Rai-xi'],
    offices: [{ title: 'tong-thong', from: '2021-08-03', to: '2024-05-19' }],
  },
  {
    id: 'mohammad-mokhber', name: 'Mohammad Mokhber', country: 'IR',
    variants: ['Mohammad Mokhber', 'Mohammed Mokhber', 'Mokhber'],
    offices: [
      { title: 'pho-tong-thong', from: '2021-08-08', to: '2024-07-28' },
      { title: 'quyen-tong-thong', from: '2024-05-20', to: '2024-07-28' },
    ],
  },
  {
    id: 'masoud-pezeshkian', name: 'Masoud Pezeshkian', country: 'IR',
    variants: ['Masoud Pezeshkian', 'Masud Pezeshkian', 'Pezeshkian'],
    offices: [{ title: 'tong-thong', from: '2024-07-28' }],
  },
  {
    id: 'mohammad-javad-zarif', name: 'Mohammad Javad Zarif', country: 'IR',
    variants: ['Mohammad Javad Zarif', 'Javad Zarif', 'Zarif', 'Mô-ha-mét Gia-van Da-ríp'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2013-08-15', to: '2021-08-25' }],
  },
  {
    id: 'hossein-amir-abdollahian', name: 'Hossein Amir-Abdollahian', country: 'IR',
    variants: ['Hossein Amir-Abdollahian', 'Amir-Abdollahian', 'Abdollahian'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2021-08-25', to: '2024-05-19' }],
  },
  {
    id: 'ali-bagheri-kani', name: 'Ali Bagheri Kani', country: 'IR',
    variants: ['Ali Bagheri Kani', 'Ali Bagheri', 'Bagheri Kani'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2024-05-20', to: '2024-08-21' }],
  },
  {
    id: 'abbas-araghchi', name: 'Abbas Araghchi', country: 'IR',
    variants: ['Abbas Araghchi', 'Abbas Araqchi', 'Araghchi', 'Araqchi'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2024-08-21' }],
  },
  {
    id: 'ali-larijani', name: 'Ali Larijani', country: 'IR',
    variants: ['Ali Larijani'], titledForms: ['Larijani'],
    offices: [
      { title: 'chu-tich-quoc-hoi', from: '2008-05-28', to: '2020-05-28' },
      { title: 'thu-ky-hoi-dong-an-ninh', from: '2025' },
    ],
  },
  {
    id: 'hossein-dehghan', name: 'Hossein Dehghan', country: 'IR',
    variants: ['Hossein Dehghan', 'Dehghan'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2013-08-15', to: '2017-08-20' }],
  },
  {
    id: 'amir-hatami', name: 'Amir Hatami', country: 'IR',
    variants: ['Amir Hatami', 'Hatami'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2017-08-20', to: '2021-08-25' }],
  },
  {
    id: 'mohammad-reza-ashtiani', name: 'Mohammad-Reza Gharaei Ashtiani', country: 'IR',
    variants: ['Mohammad-Reza Gharaei Ashtiani', 'Mohammad Reza Ashtiani', 'Gharaei Ashtiani'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2021-08-25', to: '2024-08-21' }],
  },
  {
    id: 'aziz-nasirzadeh', name: 'Aziz Nasirzadeh', country: 'IR',
    variants: ['Aziz Nasirzadeh', 'Nasirzadeh'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2024-08-21' }],
  },

  // ══ Ai Cập, Syria, Iraq, Lebanon, Jordan ═══════════════════════════════════
  {
    id: 'abdel-fattah-al-sisi', name: 'Abdel Fattah al-Sisi', country: 'EG',
    variants: ['Abdel Fattah al-Sisi', 'Abdel Fattah el-Sisi', 'al-Sisi', 'el-Sisi', 'Sisi'],
    offices: [
      { title: 'tong-thong', from: '2014-06-08' },
      { title: 'bo-truong-quoc-phong', from: '2012-08-12', to: '2014-03-26' },
    ],
  },
  {
    id: 'sherif-ismail', name: 'Sherif Ismail', country: 'EG',
    variants: ['Sherif Ismail'], titledForms: ['Ismail'],
    offices: [{ title: 'thu-tuong', from: '2015-09-19', to: '2018-06-14' }],
  },
  {
    id: 'mostafa-madbouly', name: 'Mostafa Madbouly', country: 'EG',
    variants: ['Mostafa Madbouly', 'Moustafa Madbouly', 'Mostafa Madbuly', 'Madbouly'],
    offices: [{ title: 'thu-tuong', from: '2018-06-14' }],
  },
  {
    id: 'sameh-shoukry', name: 'Sameh Shoukry', country: 'EG',
    variants: ['Sameh Shoukry', 'Sameh Shukri', 'Shoukry'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2014-06-17', to: '2024-07-03' }],
  },
  {
    id: 'badr-abdelatty', name: 'Badr Abdelatty', country: 'EG',
    variants: ['Badr Abdelatty', 'Badr Abdel Aty', 'Badr Abdelaty', 'Abdelatty'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2024-07-03' }],
  },
  {
    id: 'bashar-al-assad', name: 'Bashar al-Assad', country: 'SY',
    variants: ['Bashar al-Assad', 'Bashar Assad', 'Bashar al-Asad', 'al-Assad', 'Assad', 'Át-xát'],
    offices: [{ title: 'tong-thong', from: '2000-07-17', to: '2024-12-08' }],
  },
  {
    id: 'ahmed-al-sharaa', name: 'Ahmed al-Sharaa', country: 'SY',
    variants: ['Ahmed al-Sharaa', 'Ahmad al-Sharaa', 'Ahmed al-Shara', 'al-Sharaa', 'Sharaa', 'Abu Mohammed al-Jolani', 'Abu Mohammad al-Jolani', 'Abu Mohammed al-Golani', 'al-Jolani', 'al-Golani', 'Jolani'],
    offices: [
      { title: 'tong-thong', from: '2025-01-29' },
      { title: 'quyen-tong-thong', from: '2025-01-29' },
    ],
  },
  {
    id: 'walid-muallem', name: 'Walid Muallem', country: 'SY',
    variants: ['Walid Muallem', 'Walid al-Muallem', 'Walid al-Moallem', 'Muallem'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2006-02-11', to: '2020-11-16' }],
  },
  {
    id: 'faisal-mekdad', name: 'Faisal Mekdad', country: 'SY',
    variants: ['Faisal Mekdad', 'Faisal al-Mekdad', 'Faisal Miqdad', 'Mekdad'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2020-11-22', to: '2024-12-08' }],
  },
  {
    id: 'asaad-al-shaibani', name: 'Asaad al-Shaibani', country: 'SY',
    variants: ['Asaad al-Shaibani', "As'ad al-Shaibani", 'Asaad Hassan al-Shaibani', 'Asaad al-Shibani', 'al-Shaibani', 'Shaibani'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2024-12-21' }],
  },
  {
    id: 'mustafa-al-kadhimi', name: 'Mustafa al-Kadhimi', country: 'IQ',
    variants: ['Mustafa al-Kadhimi', 'Mustafa al-Kazemi', 'al-Kadhimi', 'Kadhimi'],
    offices: [{ title: 'thu-tuong', from: '2020-05-07', to: '2022-10-27' }],
  },
  {
    id: 'mohammed-shia-al-sudani', name: "Mohammed Shia' al-Sudani", country: 'IQ',
    variants: ["Mohammed Shia' al-Sudani", 'Mohammed Shia al-Sudani', 'Mohammed al-Sudani', 'al-Sudani'],
    titledForms: ['Sudani'],
    offices: [{ title: 'thu-tuong', from: '2022-10-27' }],
  },
  {
    id: 'fuad-hussein', name: 'Fuad Hussein', country: 'IQ',
    variants: ['Fuad Hussein', 'Fouad Hussein'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2020-06-06' }],
  },
  {
    id: 'michel-aoun', name: 'Michel Aoun', country: 'LB',
    variants: ['Michel Aoun'],
    offices: [{ title: 'tong-thong', from: '2016-10-31', to: '2022-10-30' }],
  },
  {
    id: 'joseph-aoun', name: 'Joseph Aoun', country: 'LB',
    variants: ['Joseph Aoun'], titledForms: ['Aoun'],
    offices: [{ title: 'tong-thong', from: '2025-01-09' }],
  },
  {
    id: 'najib-mikati', name: 'Najib Mikati', country: 'LB',
    variants: ['Najib Mikati', 'Mikati'],
    offices: [{ title: 'thu-tuong', from: '2021-09-10', to: '2025-02-08' }],
  },
  {
    id: 'nawaf-salam', name: 'Nawaf Salam', country: 'LB',
    variants: ['Nawaf Salam'], titledForms: ['Salam'],
    offices: [{ title: 'thu-tuong', from: '2025-02-08' }],
  },
  {
    id: 'abdullah-ii', name: 'Abdullah II', country: 'JO',
    variants: ['Abdullah II', 'Abdullah II bin Al-Hussein', 'Abdullah Đệ nhị'], titledForms: ['Abdullah'],
    offices: [{ title: 'quoc-vuong', from: '1999-02-07' }],
  },
  {
    id: 'ayman-safadi', name: 'Ayman Safadi', country: 'JO',
    variants: ['Ayman Safadi', 'Ayman al-Safadi', 'Safadi'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2017-01-15' }],
  },
  {
    id: 'adly-mansour', name: 'Adly Mansour', country: 'EG',
    variants: ['Adly Mansour'],
    offices: [{ title: 'quyen-tong-thong', from: '2013-07-04', to: '2014-06-08' }],
  },
  {
    id: 'ibrahim-mahlab', name: 'Ibrahim Mahlab', country: 'EG',
    variants: ['Ibrahim Mahlab', 'Mahlab'],
    offices: [{ title: 'thu-tuong', from: '2014-03-01', to: '2015-09-19' }],
  },
  {
    id: 'nouri-al-maliki', name: 'Nouri al-Maliki', country: 'IQ',
    variants: ['Nouri al-Maliki', 'Nuri al-Maliki'],
    offices: [{ title: 'thu-tuong', from: '2006-05-20', to: '2014-09-08' }],
  },
  {
    id: 'haider-al-abadi', name: 'Haider al-Abadi', country: 'IQ',
    variants: ['Haider al-Abadi', 'al-Abadi'],
    offices: [{ title: 'thu-tuong', from: '2014-09-08', to: '2018-10-25' }],
  },
  {
    id: 'adil-abdul-mahdi', name: 'Adil Abdul-Mahdi', country: 'IQ',
    variants: ['Adil Abdul-Mahdi', 'Adel Abdul Mahdi'],
    offices: [{ title: 'thu-tuong', from: '2018-10-25', to: '2020-05-07' }],
  },
  {
    id: 'fuad-masum', name: 'Fuad Masum', country: 'IQ',
    variants: ['Fuad Masum', 'Fouad Massoum', 'Fuad Maasum'],
    offices: [{ title: 'tong-thong', from: '2014-07-24', to: '2018-10-02' }],
  },
  {
    id: 'barham-salih', name: 'Barham Salih', country: 'IQ',
    variants: ['Barham Salih'],
    offices: [{ title: 'tong-thong', from: '2018-10-02', to: '2022-10-17' }],
  },
  {
    id: 'abdul-latif-rashid', name: 'Abdul Latif Rashid', country: 'IQ',
    variants: ['Abdul Latif Rashid', 'Abdul Latif Jamal Rashid'],
    offices: [{ title: 'tong-thong', from: '2022-10-17' }],
  },
  {
    id: 'michel-suleiman', name: 'Michel Suleiman', country: 'LB',
    variants: ['Michel Suleiman', 'Michel Sleiman'],
    offices: [{ title: 'tong-thong', from: '2008-05-25', to: '2014-05-25' }],
  },
  {
    id: 'tammam-salam', name: 'Tammam Salam', country: 'LB',
    variants: ['Tammam Salam'],
    offices: [{ title: 'thu-tuong', from: '2014-02-15', to: '2016-12-18' }],
  },
  {
    id: 'saad-hariri', name: 'Saad Hariri', country: 'LB',
    variants: ['Saad Hariri', 'Saad al-Hariri'],
    offices: [
      { title: 'thu-tuong', from: '2009-11-09', to: '2011-06-13' },
      { title: 'thu-tuong', from: '2016-12-18', to: '2020-01-21' },
    ],
  },
  {
    id: 'hassan-diab', name: 'Hassan Diab', country: 'LB',
    variants: ['Hassan Diab'],
    offices: [{ title: 'thu-tuong', from: '2020-01-21', to: '2021-09-10' }],
  },
  {
    id: 'abdullah-ensour', name: 'Abdullah Ensour', country: 'JO',
    variants: ['Abdullah Ensour', 'Ensour'],
    offices: [{ title: 'thu-tuong', from: '2012-10-11', to: '2016-06-01' }],
  },
  {
    id: 'hani-mulki', name: 'Hani Mulki', country: 'JO',
    variants: ['Hani Mulki', 'Hani al-Mulki'],
    offices: [{ title: 'thu-tuong', from: '2016-06-01', to: '2018-06-14' }],
  },
  {
    id: 'omar-razzaz', name: 'Omar Razzaz', country: 'JO',
    variants: ['Omar Razzaz', 'Omar al-Razzaz'],
    offices: [{ title: 'thu-tuong', from: '2018-06-14', to: '2020-10-12' }],
  },
  {
    id: 'bisher-al-khasawneh', name: 'Bisher Al-Khasawneh', country: 'JO',
    variants: ['Bisher Al-Khasawneh'], titledForms: ['Khasawneh'],
    offices: [{ title: 'thu-tuong', from: '2020-10-12', to: '2024-09-15' }],
  },
  {
    id: 'jafar-hassan', name: 'Jafar Hassan', country: 'JO',
    variants: ['Jafar Hassan'],
    offices: [{ title: 'thu-tuong', from: '2024-09-15' }],
  },
  {
    id: 'abdrabbuh-mansur-hadi', name: 'Abdrabbuh Mansur Hadi', country: 'YE',
    variants: ['Abdrabbuh Mansur Hadi', 'Abd Rabbuh Mansur Hadi', 'Abed Rabbo Mansour Hadi'],
    offices: [{ title: 'tong-thong', from: '2012-02-25', to: '2022-04-07' }],
  },
  {
    id: 'nabil-fahmy', name: 'Nabil Fahmy', country: 'EG',
    variants: ['Nabil Fahmy'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2013-07-16', to: '2014-06-17' }],
  },
  {
    id: 'sedki-sobhi', name: 'Sedki Sobhi', country: 'EG',
    variants: ['Sedki Sobhi', 'Sedky Sobhy', 'Sedki Sobhy'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2014-03-26', to: '2018-06-14' }],
  },
  {
    id: 'mohamed-zaki', name: 'Mohamed Zaki', country: 'EG',
    variants: ['Mohamed Zaki', 'Mohamed Ahmed Zaki'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2018-06-14', to: '2024-07-03' }],
  },
  {
    id: 'abdel-mageed-saqr', name: 'Abdel Mageed Saqr', country: 'EG',
    variants: ['Abdel Mageed Saqr', 'Abdelmeguid Saqr'],
    offices: [{ title: 'bo-truong-quoc-phong', from: '2024-07-03' }],
  },

  // ══ Kavkaz ═════════════════════════════════════════════════════════════════
  {
    id: 'nikol-pashinyan', name: 'Nikol Pashinyan', country: 'AM',
    variants: ['Nikol Pashinyan', 'Pashinyan', 'Pashinian'],
    offices: [{ title: 'thu-tuong', from: '2018-05-08' }],
  },
  {
    id: 'ilham-aliyev', name: 'Ilham Aliyev', country: 'AZ',
    variants: ['Ilham Aliyev', 'I-li-am A-li-ép'], titledForms: ['Aliyev'],
    offices: [{ title: 'tong-thong', from: '2003-10-31' }],
  },
  {
    id: 'serzh-sargsyan', name: 'Serzh Sargsyan', country: 'AM',
    variants: ['Serzh Sargsyan', 'Serge Sarkissian'],
    offices: [{ title: 'tong-thong', from: '2008-04-09', to: '2018-04-09' }],
  },
  {
    id: 'armen-sarkissian', name: 'Armen Sarkissian', country: 'AM',
    variants: ['Armen Sarkissian', 'Armen Sargsyan'],
    offices: [{ title: 'tong-thong', from: '2018-04-09', to: '2022-02-01' }],
  },
  {
    id: 'vahagn-khachaturyan', name: 'Vahagn Khachaturyan', country: 'AM',
    variants: ['Vahagn Khachaturyan'], titledForms: ['Khachaturyan'],
    offices: [{ title: 'tong-thong', from: '2022-03-13' }],
  },
  {
    id: 'giorgi-margvelashvili', name: 'Giorgi Margvelashvili', country: 'GE',
    variants: ['Giorgi Margvelashvili', 'Margvelashvili'],
    offices: [{ title: 'tong-thong', from: '2013-11-17', to: '2018-12-16' }],
  },
  {
    id: 'salome-zourabichvili', name: 'Salome Zourabichvili', country: 'GE',
    variants: ['Salome Zourabichvili', 'Zourabichvili', 'Zurabishvili'],
    offices: [{ title: 'tong-thong', from: '2018-12-16', to: '2024-12-29' }],
  },
  {
    id: 'mikheil-kavelashvili', name: 'Mikheil Kavelashvili', country: 'GE',
    variants: ['Mikheil Kavelashvili', 'Kavelashvili'],
    offices: [{ title: 'tong-thong', from: '2024-12-29' }],
  },
  {
    id: 'irakli-garibashvili', name: 'Irakli Garibashvili', country: 'GE',
    variants: ['Irakli Garibashvili', 'Garibashvili'],
    offices: [
      { title: 'thu-tuong', from: '2013-11-20', to: '2015-12-30' },
      { title: 'thu-tuong', from: '2021-02-22', to: '2024-02-08' },
    ],
  },
  {
    id: 'irakli-kobakhidze', name: 'Irakli Kobakhidze', country: 'GE',
    variants: ['Irakli Kobakhidze', 'Kobakhidze'],
    offices: [{ title: 'thu-tuong', from: '2024-02-08' }],
  },

  // ══ Châu Phi ═══════════════════════════════════════════════════════════════
  {
    id: 'jacob-zuma', name: 'Jacob Zuma', country: 'ZA',
    variants: ['Jacob Zuma', 'Zuma', 'Gia-cốp Du-ma'],
    offices: [{ title: 'tong-thong', from: '2009-05-09', to: '2018-02-14' }],
  },
  {
    id: 'cyril-ramaphosa', name: 'Cyril Ramaphosa', country: 'ZA',
    variants: ['Cyril Ramaphosa', 'Ramaphosa', 'Xi-rin Ra-ma-phô-xa'],
    offices: [
      { title: 'pho-tong-thong', from: '2014-05-26', to: '2018-02-15' },
      { title: 'tong-thong', from: '2018-02-15' },
    ],
  },
  {
    id: 'maite-nkoana-mashabane', name: 'Maite Nkoana-Mashabane', country: 'ZA',
    variants: ['Maite Nkoana-Mashabane', 'Nkoana-Mashabane'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2009-05-10', to: '2018-02-26' }],
  },
  {
    id: 'lindiwe-sisulu', name: 'Lindiwe Sisulu', country: 'ZA',
    variants: ['Lindiwe Sisulu', 'Sisulu'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2018-02-27', to: '2019-05-29' }],
  },
  {
    id: 'naledi-pandor', name: 'Naledi Pandor', country: 'ZA',
    variants: ['Naledi Pandor', 'Pandor'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2019-05-30', to: '2024-07-03' }],
  },
  {
    id: 'ronald-lamola', name: 'Ronald Lamola', country: 'ZA',
    variants: ['Ronald Lamola', 'Lamola'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2024-07-03' }],
  },
  {
    id: 'muhammadu-buhari', name: 'Muhammadu Buhari', country: 'NG',
    variants: ['Muhammadu Buhari', 'Buhari'],
    offices: [{ title: 'tong-thong', from: '2015-05-29', to: '2023-05-29' }],
  },
  {
    id: 'bola-tinubu', name: 'Bola Tinubu', country: 'NG',
    variants: ['Bola Tinubu', 'Bola Ahmed Tinubu', 'Tinubu'],
    offices: [{ title: 'tong-thong', from: '2023-05-29' }],
  },
  {
    id: 'ngozi-okonjo-iweala', name: 'Ngozi Okonjo-Iweala', country: 'NG',
    variants: ['Ngozi Okonjo-Iweala', 'Okonjo-Iweala'],
    offices: [{ title: 'tong-giam-doc', of: 'WTO', from: '2021-03-01' }],
  },
  {
    id: 'william-ruto', name: 'William Ruto', country: 'KE',
    variants: ['William Ruto', 'Ruto'],
    offices: [{ title: 'tong-thong', from: '2022-09-13' }],
  },
  {
    id: 'abiy-ahmed', name: 'Abiy Ahmed', country: 'ET',
    variants: ['Abiy Ahmed', 'Abiy Ahmed Ali'], titledForms: ['Abiy'],
    offices: [{ title: 'thu-tuong', from: '2018-04-02' }],
  },
  {
    id: 'tedros-adhanom-ghebreyesus', name: 'Tedros Adhanom Ghebreyesus', country: 'ET',
    variants: ['Tedros Adhanom Ghebreyesus', 'Tedros Adhanom', 'Tedros Ghebreyesus', 'Ghebreyesus', 'Tedros'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2012-11-29', to: '2016-11-01' },
      { title: 'tong-giam-doc', of: 'WHO', from: '2017-07-01' },
    ],
  },
  {
    id: 'abdelmadjid-tebboune', name: 'Abdelmadjid Tebboune', country: 'DZ',
    variants: ['Abdelmadjid Tebboune', 'Tebboune'],
    offices: [{ title: 'tong-thong', from: '2019-12-19' }],
  },
  {
    id: 'mohammed-vi', name: 'Mohammed VI', country: 'MA',
    variants: ['Mohammed VI', 'Mohammed Đệ lục'], titledForms: ['Mohammed'],
    offices: [{ title: 'quoc-vuong', from: '1999-07-23' }],
  },
  {
    id: 'moussa-faki-mahamat', name: 'Moussa Faki Mahamat', country: 'TD',
    variants: ['Moussa Faki Mahamat', 'Moussa Faki'],
    offices: [{ title: 'chu-tich', of: 'AFU', from: '2017-03-14', to: '2025-02-15' }],
  },
  {
    id: 'mahmoud-ali-youssouf', name: 'Mahmoud Ali Youssouf', country: 'DJ',
    variants: ['Mahmoud Ali Youssouf', 'Mahmoud Youssouf'],
    offices: [{ title: 'chu-tich', of: 'AFU', from: '2025-02-15' }],
  },
  {
    id: 'goodluck-jonathan', name: 'Goodluck Jonathan', country: 'NG',
    variants: ['Goodluck Jonathan'],
    offices: [{ title: 'tong-thong', from: '2010-05-06', to: '2015-05-29' }],
  },
  {
    id: 'uhuru-kenyatta', name: 'Uhuru Kenyatta', country: 'KE',
    variants: ['Uhuru Kenyatta', 'Kenyatta'],
    offices: [{ title: 'tong-thong', from: '2013-04-09', to: '2022-09-13' }],
  },
  {
    id: 'hailemariam-desalegn', name: 'Hailemariam Desalegn', country: 'ET',
    variants: ['Hailemariam Desalegn', 'Hailemariam'],
    offices: [{ title: 'thu-tuong', from: '2012-08-20', to: '2018-04-02' }],
  },
  {
    id: 'sahle-work-zewde', name: 'Sahle-Work Zewde', country: 'ET',
    variants: ['Sahle-Work Zewde', 'Sahle-Work'],
    offices: [{ title: 'tong-thong', from: '2018-10-25', to: '2024-10-07' }],
  },
  {
    id: 'taye-atske-selassie', name: 'Taye Atske Selassie', country: 'ET',
    variants: ['Taye Atske Selassie'],
    offices: [{ title: 'tong-thong', from: '2024-10-07' }],
  },
  {
    id: 'abdelaziz-bouteflika', name: 'Abdelaziz Bouteflika', country: 'DZ',
    variants: ['Abdelaziz Bouteflika', 'Bouteflika'],
    offices: [{ title: 'tong-thong', from: '1999-04-27', to: '2019-04-02' }],
  },
  {
    id: 'beji-caid-essebsi', name: 'Beji Caid Essebsi', country: 'TN',
    variants: ['Beji Caid Essebsi', 'Béji Caïd Essebsi', 'Essebsi'],
    offices: [{ title: 'tong-thong', from: '2014-12-31', to: '2019-07-25' }],
  },
  {
    id: 'kais-saied', name: 'Kais Saied', country: 'TN',
    variants: ['Kais Saied', 'Kaïs Saïed'],
    offices: [{ title: 'tong-thong', from: '2019-10-23' }],
  },
  {
    id: 'jose-eduardo-dos-santos', name: 'José Eduardo dos Santos', country: 'AO',
    variants: ['José Eduardo dos Santos', 'Jose Eduardo dos Santos'],
    offices: [{ title: 'tong-thong', from: '1979-09-21', to: '2017-09-26' }],
  },
  {
    id: 'joao-lourenco', name: 'João Lourenço', country: 'AO',
    variants: ['João Lourenço', 'Joao Lourenco'], titledForms: ['Lourenço'],
    offices: [{ title: 'tong-thong', from: '2017-09-26' }],
  },
  {
    id: 'armando-guebuza', name: 'Armando Guebuza', country: 'MZ',
    variants: ['Armando Guebuza', 'Guebuza'],
    offices: [{ title: 'tong-thong', from: '2005-02-02', to: '2015-01-15' }],
  },
  {
    id: 'filipe-nyusi', name: 'Filipe Nyusi', country: 'MZ',
    variants: ['Filipe Nyusi', 'Nyusi'],
    offices: [{ title: 'tong-thong', from: '2015-01-15', to: '2025-01-15' }],
  },
  {
    id: 'daniel-chapo', name: 'Daniel Chapo', country: 'MZ',
    variants: ['Daniel Chapo'], titledForms: ['Chapo'],
    offices: [{ title: 'tong-thong', from: '2025-01-15' }],
  },
  {
    id: 'jakaya-kikwete', name: 'Jakaya Kikwete', country: 'TZ',
    variants: ['Jakaya Kikwete', 'Kikwete'],
    offices: [{ title: 'tong-thong', from: '2005-12-21', to: '2015-11-05' }],
  },
  {
    id: 'john-magufuli', name: 'John Magufuli', country: 'TZ',
    variants: ['John Magufuli', 'John Pombe Magufuli', 'Magufuli'],
    offices: [{ title: 'tong-thong', from: '2015-11-05', to: '2021-03-17' }],
  },
  {
    id: 'samia-suluhu-hassan', name: 'Samia Suluhu Hassan', country: 'TZ',
    variants: ['Samia Suluhu Hassan', 'Samia Suluhu'],
    offices: [{ title: 'tong-thong', from: '2021-03-19' }],
  },
  {
    id: 'yoweri-museveni', name: 'Yoweri Museveni', country: 'UG',
    variants: ['Yoweri Museveni', 'Museveni'],
    offices: [{ title: 'tong-thong', from: '1986-01-29' }],
  },
  {
    id: 'john-mahama', name: 'John Mahama', country: 'GH',
    variants: ['John Mahama', 'John Dramani Mahama', 'Mahama'],
    offices: [
      { title: 'tong-thong', from: '2012-07-24', to: '2017-01-07' },
      { title: 'tong-thong', from: '2025-01-07' },
    ],
  },
  {
    id: 'nana-akufo-addo', name: 'Nana Akufo-Addo', country: 'GH',
    variants: ['Nana Akufo-Addo', 'Akufo-Addo'],
    offices: [{ title: 'tong-thong', from: '2017-01-07', to: '2025-01-07' }],
  },
  {
    id: 'macky-sall', name: 'Macky Sall', country: 'SN',
    variants: ['Macky Sall'],
    offices: [{ title: 'tong-thong', from: '2012-04-02', to: '2024-04-02' }],
  },
  {
    id: 'bassirou-diomaye-faye', name: 'Bassirou Diomaye Faye', country: 'SN',
    variants: ['Bassirou Diomaye Faye', 'Diomaye Faye'],
    offices: [{ title: 'tong-thong', from: '2024-04-02' }],
  },
  {
    id: 'alassane-ouattara', name: 'Alassane Ouattara', country: 'CI',
    variants: ['Alassane Ouattara', 'Ouattara'],
    offices: [{ title: 'tong-thong', from: '2010' }],
  },
  {
    id: 'joseph-kabila', name: 'Joseph Kabila', country: 'CD',
    variants: ['Joseph Kabila'], titledForms: ['Kabila'],
    offices: [{ title: 'tong-thong', from: '2001-01-26', to: '2019-01-24' }],
  },
  {
    id: 'felix-tshisekedi', name: 'Félix Tshisekedi', country: 'CD',
    variants: ['Félix Tshisekedi', 'Felix Tshisekedi'], titledForms: ['Tshisekedi'],
    offices: [{ title: 'tong-thong', from: '2019-01-24' }],
  },
  {
    id: 'robert-mugabe', name: 'Robert Mugabe', country: 'ZW',
    variants: ['Robert Mugabe'], titledForms: ['Mugabe'],
    offices: [{ title: 'tong-thong', from: '1987-12-31', to: '2017-11-21' }],
  },
  {
    id: 'emmerson-mnangagwa', name: 'Emmerson Mnangagwa', country: 'ZW',
    variants: ['Emmerson Mnangagwa', 'Mnangagwa'],
    offices: [{ title: 'tong-thong', from: '2017-11-24' }],
  },
  {
    id: 'paul-kagame', name: 'Paul Kagame', country: 'RW',
    variants: ['Paul Kagame', 'Kagame'],
    offices: [{ title: 'tong-thong', from: '2000-04-22' }],
  },
  {
    id: 'paul-biya', name: 'Paul Biya', country: 'CM',
    variants: ['Paul Biya'], titledForms: ['Biya'],
    offices: [{ title: 'tong-thong', from: '1982-11-06' }],
  },
  {
    id: 'omar-al-bashir', name: 'Omar al-Bashir', country: 'SD',
    variants: ['Omar al-Bashir', 'Omar Hassan al-Bashir'],
    offices: [{ title: 'tong-thong', from: '1989-06-30', to: '2019-04-11' }],
  },
  {
    id: 'abdel-fattah-al-burhan', name: 'Abdel Fattah al-Burhan', country: 'SD',
    variants: ['Abdel Fattah al-Burhan', 'al-Burhan'],
    offices: [{ title: 'chu-tich', from: '2019-08-21' }],
  },
  {
    id: 'edgar-lungu', name: 'Edgar Lungu', country: 'ZM',
    variants: ['Edgar Lungu', 'Lungu'],
    offices: [{ title: 'tong-thong', from: '2015-01-25', to: '2021-08-24' }],
  },
  {
    id: 'hakainde-hichilema', name: 'Hakainde Hichilema', country: 'ZM',
    variants: ['Hakainde Hichilema', 'Hichilema'],
    offices: [{ title: 'tong-thong', from: '2021-08-24' }],
  },
  {
    id: 'hage-geingob', name: 'Hage Geingob', country: 'NA',
    variants: ['Hage Geingob', 'Geingob'],
    offices: [{ title: 'tong-thong', from: '2015-03-21', to: '2024-02-04' }],
  },
  {
    id: 'nangolo-mbumba', name: 'Nangolo Mbumba', country: 'NA',
    variants: ['Nangolo Mbumba', 'Mbumba'],
    offices: [{ title: 'tong-thong', from: '2024-02-04', to: '2025-03-21' }],
  },
  {
    id: 'netumbo-nandi-ndaitwah', name: 'Netumbo Nandi-Ndaitwah', country: 'NA',
    variants: ['Netumbo Nandi-Ndaitwah', 'Nandi-Ndaitwah'],
    offices: [{ title: 'tong-thong', from: '2025-03-21' }],
  },
  {
    id: 'abdelilah-benkirane', name: 'Abdelilah Benkirane', country: 'MA',
    variants: ['Abdelilah Benkirane', 'Benkirane'],
    offices: [{ title: 'thu-tuong', from: '2011', to: '2017' }],
  },
  {
    id: 'saadeddine-othmani', name: 'Saadeddine Othmani', country: 'MA',
    variants: ['Saadeddine Othmani', 'Saad-Eddine El Othmani', 'Saadeddine El Othmani'],
    offices: [{ title: 'thu-tuong', from: '2017', to: '2021-10-07' }],
  },
  {
    id: 'aziz-akhannouch', name: 'Aziz Akhannouch', country: 'MA',
    variants: ['Aziz Akhannouch', 'Akhannouch'],
    offices: [{ title: 'thu-tuong', from: '2021-10-07' }],
  },
  {
    id: 'fayez-al-sarraj', name: 'Fayez al-Sarraj', country: 'LY',
    variants: ['Fayez al-Sarraj', 'al-Sarraj'],
    offices: [{ title: 'thu-tuong', from: '2016', to: '2021' }],
  },
  {
    id: 'abdul-hamid-dbeibah', name: 'Abdul Hamid Dbeibah', country: 'LY',
    variants: ['Abdul Hamid Dbeibah', 'Abdulhamid Dbeibah', 'Dbeibah'],
    offices: [{ title: 'thu-tuong', from: '2021-03-15' }],
  },

  // ══ Tòa thánh Vatican ══════════════════════════════════════════════════════
  {
    id: 'pope-francis', name: 'Jorge Mario Bergoglio', country: 'VA',
    variants: ['Bergoglio'], titledForms: ['Francis', 'Phanxicô', 'Francisco', 'Phan-xi-cô'],
    offices: [{ title: 'giao-hoang', from: '2013-03-13', to: '2025-04-21' }],
  },
  {
    id: 'pope-leo-xiv', name: 'Leo XIV', country: 'VA',
    variants: ['Leo XIV', 'Lêô XIV', 'Robert Francis Prevost', 'Robert Prevost', 'Prevost'], titledForms: ['Leo', 'Lêô'],
    offices: [{ title: 'giao-hoang', from: '2025-05-08' }],
  },

  // ══ Tổ chức quốc tế (người đứng đầu không kể ở trên) ═══════════════════════
  {
    id: 'peter-maurer', name: 'Peter Maurer', country: 'CH',
    variants: ['Peter Maurer'], titledForms: ['Maurer'],
    offices: [{ title: 'chu-tich', of: 'ICRC', from: '2012-07-01', to: '2022-09-30' }],
  },
  {
    id: 'mirjana-spoljaric-egger', name: 'Mirjana Spoljaric Egger', country: 'CH',
    variants: ['Mirjana Spoljaric Egger', 'Mirjana Spoljaric', 'Spoljaric'],
    offices: [{ title: 'chu-tich', of: 'ICRC', from: '2022-10-01' }],
  },
  {
    id: 'anders-fogh-rasmussen', name: 'Anders Fogh Rasmussen', country: 'DK',
    variants: ['Anders Fogh Rasmussen', 'Fogh Rasmussen'],
    offices: [
      { title: 'thu-tuong', from: '2001-11-27', to: '2009-04-05' },
      { title: 'tong-thu-ky', of: 'NATO', from: '2009-08-01', to: '2014-10-01' },
    ],
  },
  {
    id: 'jose-manuel-barroso', name: 'José Manuel Barroso', country: 'PT',
    variants: ['José Manuel Barroso', 'Jose Manuel Barroso', 'José Manuel Durão Barroso', 'Jose Manuel Durao Barroso', 'Barroso'],
    offices: [
      { title: 'thu-tuong', from: '2002-04-06', to: '2004-07-17' },
      { title: 'chu-tich-uy-ban-chau-au', of: 'EU', from: '2004-11-22', to: '2014-10-31' },
    ],
  },
  {
    id: 'herman-van-rompuy', name: 'Herman Van Rompuy', country: 'BE',
    variants: ['Herman Van Rompuy', 'Van Rompuy'],
    offices: [
      { title: 'thu-tuong', from: '2008-12-30', to: '2009-11-25' },
      { title: 'chu-tich-hoi-dong-chau-au', of: 'EU', from: '2009-12-01', to: '2014-11-30' },
    ],
  },
  {
    id: 'catherine-ashton', name: 'Catherine Ashton', country: 'GB',
    variants: ['Catherine Ashton'], titledForms: ['Ashton'],
    offices: [
      { title: 'dai-dien-cap-cao', of: 'EU', from: '2009-12-01', to: '2014-10-31' },
      { title: 'bo-truong-ngoai-giao', of: 'EU', from: '2009-12-01', to: '2014-10-31' },
    ],
  },
  {
    id: 'pascal-lamy', name: 'Pascal Lamy', country: 'FR',
    variants: ['Pascal Lamy', 'Lamy'],
    offices: [{ title: 'tong-giam-doc', of: 'WTO', from: '2005-09-01', to: '2013-08-31' }],
  },
  {
    id: 'surin-pitsuwan', name: 'Surin Pitsuwan', country: 'TH',
    variants: ['Surin Pitsuwan', 'Pitsuwan'],
    offices: [{ title: 'tong-thu-ky', of: 'ASEAN', from: '2008-01-01', to: '2012-12-31' }],
  },

  // ══ Earlier offices (about 2001–2016) the press of those years names ═══════
  // The table above starts around 2015; calls of the years before name these people, and a bare "Thủ tướng Nhật Bản"
  // of 2010 is resolved to whoever held the office then. Surnames that many others carry ("Brown", "Rice", "Clinton",
  // "Singh") are no short form here: "Tướng Brown" of 2024 is not Gordon Brown.
  {
    id: 'nong-duc-manh', name: 'Nông Đức Mạnh', country: 'VN',
    variants: ['Nông Đức Mạnh', 'Nong Duc Manh'], titledForms: ['Mạnh'],
    offices: [{ title: 'tong-bi-thu', from: '2001-04-22', to: '2011-01-19' }],
  },
  {
    id: 'nguyen-minh-triet', name: 'Nguyễn Minh Triết', country: 'VN',
    variants: ['Nguyễn Minh Triết', 'Nguyen Minh Triet'], titledForms: ['Triết'],
    offices: [{ title: 'chu-tich-nuoc', from: '2006-06-27', to: '2011-07-25' }],
  },
  {
    id: 'pham-gia-khiem', name: 'Phạm Gia Khiêm', country: 'VN',
    variants: ['Phạm Gia Khiêm', 'Pham Gia Khiem'], titledForms: ['Khiêm'],
    offices: [
      { title: 'pho-thu-tuong', from: '1997-09-29', to: '2011-08-03' },
      { title: 'bo-truong-ngoai-giao', from: '2006-06-27', to: '2011-08-03' },
    ],
  },
  {
    id: 'hu-jintao', name: 'Hồ Cẩm Đào', country: 'CN',
    variants: ['Hồ Cẩm Đào', 'Hu Jintao', 'Hu Jin Tao'],
    offices: [
      { title: 'tong-bi-thu', from: '2002-11-15', to: '2012-11-15' },
      { title: 'chu-tich', from: '2003-03-15', to: '2013-03-14' },
      { title: 'chu-tich-nuoc', from: '2003-03-15', to: '2013-03-14' },
    ],
  },
  {
    id: 'wen-jiabao', name: 'Ôn Gia Bảo', country: 'CN',
    variants: ['Ôn Gia Bảo', 'Wen Jiabao', 'Wen Jia Bao'],
    offices: [{ title: 'thu-tuong', from: '2003-03-16', to: '2013-03-15' }],
  },
  {
    id: 'susilo-bambang-yudhoyono', name: 'Susilo Bambang Yudhoyono', country: 'ID',
    variants: ['Susilo Bambang Yudhoyono', 'Yudhoyono'],
    offices: [{ title: 'tong-thong', from: '2004-10-20', to: '2014-10-20' }],
  },
  {
    id: 'yingluck-shinawatra', name: 'Yingluck Shinawatra', country: 'TH',
    variants: ['Yingluck Shinawatra', 'Yingluck', 'Yinh-lắc Xin-na-oắt'],
    offices: [{ title: 'thu-tuong', from: '2011-08-05', to: '2014-05-07' }],
  },
  {
    id: 'abhisit-vejjajiva', name: 'Abhisit Vejjajiva', country: 'TH',
    variants: ['Abhisit Vejjajiva', 'Abhisit'],
    offices: [{ title: 'thu-tuong', from: '2008-12-17', to: '2011-08-05' }],
  },
  {
    id: 'manmohan-singh', name: 'Manmohan Singh', country: 'IN',
    variants: ['Manmohan Singh', 'Man-mô-han Xinh'],
    offices: [{ title: 'thu-tuong', from: '2004-05-22', to: '2014-05-26' }],
  },
  {
    id: 'yasuo-fukuda', name: 'Fukuda Yasuo', country: 'JP',
    variants: ['Fukuda Yasuo', 'Yasuo Fukuda'], titledForms: ['Fukuda'],
    offices: [{ title: 'thu-tuong', from: '2007-09-26', to: '2008-09-24' }],
  },
  {
    id: 'taro-aso', name: 'Aso Taro', country: 'JP',
    variants: ['Aso Taro', 'Taro Aso', 'Asō Tarō', 'Tarō Asō'], titledForms: ['Aso'],
    offices: [
      { title: 'bo-truong-ngoai-giao', from: '2005-10-31', to: '2007-08-27' },
      { title: 'thu-tuong', from: '2008-09-24', to: '2009-09-16' },
    ],
  },
  {
    id: 'yukio-hatoyama', name: 'Hatoyama Yukio', country: 'JP',
    variants: ['Hatoyama Yukio', 'Yukio Hatoyama', 'Hatoyama'],
    offices: [{ title: 'thu-tuong', from: '2009-09-16', to: '2010-06-08' }],
  },
  {
    id: 'naoto-kan', name: 'Kan Naoto', country: 'JP',
    variants: ['Kan Naoto', 'Naoto Kan'],
    offices: [{ title: 'thu-tuong', from: '2010-06-08', to: '2011-09-02' }],
  },
  {
    id: 'yoshihiko-noda', name: 'Noda Yoshihiko', country: 'JP',
    variants: ['Noda Yoshihiko', 'Yoshihiko Noda'], titledForms: ['Noda'],
    offices: [{ title: 'thu-tuong', from: '2011-09-02', to: '2012-12-26' }],
  },
  {
    id: 'roh-moo-hyun', name: 'Roh Moo-hyun', country: 'KR',
    variants: ['Roh Moo-hyun', 'Lư Vũ Huyễn'], titledForms: ['Roh'],
    offices: [{ title: 'tong-thong', from: '2003-02-25', to: '2008-02-25' }],
  },
  {
    id: 'lee-myung-bak', name: 'Lee Myung-bak', country: 'KR',
    variants: ['Lee Myung-bak', 'Lý Minh Bác'],
    offices: [{ title: 'tong-thong', from: '2008-02-25', to: '2013-02-25' }],
  },
  {
    id: 'george-w-bush', name: 'George W. Bush', country: 'US',
    variants: ['George W. Bush', 'George Walker Bush', 'G.W. Bush', 'Gioóc-giơ Bu-sơ'], titledForms: ['Bush', 'Bu-sơ'],
    offices: [{ title: 'tong-thong', from: '2001-01-20', to: '2009-01-20' }],
  },
  {
    id: 'condoleezza-rice', name: 'Condoleezza Rice', country: 'US',
    variants: ['Condoleezza Rice', 'Condoleeza Rice'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2005-01-26', to: '2009-01-20' }],
  },
  {
    id: 'hillary-clinton', name: 'Hillary Clinton', country: 'US',
    variants: ['Hillary Clinton', 'Hillary Rodham Clinton', 'Hi-la-ri Clin-tơn'],
    offices: [{ title: 'bo-truong-ngoai-giao', from: '2009-01-21', to: '2013-02-01' }],
  },
  {
    id: 'jacques-chirac', name: 'Jacques Chirac', country: 'FR',
    variants: ['Jacques Chirac', 'Chirac', 'Giắc Si-rắc'],
    offices: [{ title: 'tong-thong', from: '1995-05-17', to: '2007-05-16' }],
  },
  {
    id: 'nicolas-sarkozy', name: 'Nicolas Sarkozy', country: 'FR',
    variants: ['Nicolas Sarkozy', 'Sarkozy', 'Ni-cô-la Xác-cô-di', 'Xác-cô-di'],
    offices: [{ title: 'tong-thong', from: '2007-05-16', to: '2012-05-15' }],
  },
  {
    id: 'tony-blair', name: 'Tony Blair', country: 'GB',
    variants: ['Tony Blair', 'Blair', 'Tô-ni Ble'],
    offices: [{ title: 'thu-tuong', from: '1997-05-02', to: '2007-06-27' }],
  },
  {
    id: 'gordon-brown', name: 'Gordon Brown', country: 'GB',
    variants: ['Gordon Brown', 'Goóc-đơn Brao'],
    offices: [{ title: 'thu-tuong', from: '2007-06-27', to: '2010-05-11' }],
  },
  {
    id: 'gerhard-schroeder', name: 'Gerhard Schröder', country: 'DE',
    variants: ['Gerhard Schröder', 'Gerhard Schroeder', 'Schröder', 'Schroeder'],
    offices: [{ title: 'thu-tuong', from: '1998-10-27', to: '2005-11-22' }],
  },
  {
    id: 'silvio-berlusconi', name: 'Silvio Berlusconi', country: 'IT',
    variants: ['Silvio Berlusconi', 'Berlusconi'],
    offices: [
      { title: 'thu-tuong', from: '2001-06-11', to: '2006-05-17' },
      { title: 'thu-tuong', from: '2008-05-08', to: '2011-11-16' },
    ],
  },
  {
    id: 'mario-monti', name: 'Mario Monti', country: 'IT',
    variants: ['Mario Monti'], titledForms: ['Monti'],
    offices: [{ title: 'thu-tuong', from: '2011-11-16', to: '2013-04-28' }],
  },
  {
    id: 'enrico-letta', name: 'Enrico Letta', country: 'IT',
    variants: ['Enrico Letta'], titledForms: ['Letta'],
    offices: [{ title: 'thu-tuong', from: '2013-04-28', to: '2014-02-22' }],
  },
  {
    id: 'jose-luis-rodriguez-zapatero', name: 'José Luis Rodríguez Zapatero', country: 'ES',
    variants: ['José Luis Rodríguez Zapatero', 'Jose Luis Rodriguez Zapatero', 'Zapatero'],
    offices: [{ title: 'thu-tuong', from: '2004-04-17', to: '2011-12-21' }],
  },
  {
    id: 'alexis-tsipras', name: 'Alexis Tsipras', country: 'GR',
    variants: ['Alexis Tsipras', 'Tsipras'],
    offices: [{ title: 'thu-tuong', from: '2015-01-26', to: '2019-07-08' }],
  },
  {
    id: 'viktor-yushchenko', name: 'Viktor Yushchenko', country: 'UA',
    variants: ['Viktor Yushchenko', 'Yushchenko'],
    offices: [{ title: 'tong-thong', from: '2005-01-23', to: '2010-02-25' }],
  },
  {
    id: 'viktor-yanukovych', name: 'Viktor Yanukovych', country: 'UA',
    variants: ['Viktor Yanukovych', 'Viktor Yanukovich', 'Yanukovych', 'Yanukovich'],
    offices: [{ title: 'tong-thong', from: '2010-02-25', to: '2014-02-22' }],
  },
  {
    id: 'roza-otunbayeva', name: 'Roza Otunbayeva', country: 'KG',
    variants: ['Roza Otunbayeva', 'Otunbayeva'],
    offices: [{ title: 'tong-thong', from: '2010-07-03', to: '2011-12-01' }],
  },
  {
    id: 'hamid-karzai', name: 'Hamid Karzai', country: 'AF',
    variants: ['Hamid Karzai', 'Karzai'],
    offices: [{ title: 'tong-thong', from: '2004-12-07', to: '2014-09-29' }],
  },
  {
    id: 'mahmoud-ahmadinejad', name: 'Mahmoud Ahmadinejad', country: 'IR',
    variants: ['Mahmoud Ahmadinejad', 'Ahmadinejad'],
    offices: [{ title: 'tong-thong', from: '2005-08-03', to: '2013-08-03' }],
  },
  {
    id: 'hosni-mubarak', name: 'Hosni Mubarak', country: 'EG',
    variants: ['Hosni Mubarak', 'Mubarak'],
    offices: [{ title: 'tong-thong', from: '1981-10-14', to: '2011-02-11' }],
  },
  {
    id: 'mohamed-morsi', name: 'Mohamed Morsi', country: 'EG',
    variants: ['Mohamed Morsi', 'Mohammed Morsi', 'Morsi', 'Mursi'],
    offices: [{ title: 'tong-thong', from: '2012-06-30', to: '2013-07-03' }],
  },
];
