/**
 * The English names of the leaders the gazetteer knows by a Sino-Vietnamese name: written by
 * tests/tools/make-english-names.ts from lib/gazetteer/data/leaders.ts (do not edit by hand).
 * Pure data: [leader id, the gazetteer's name, the English name].
 */
export const ENGLISH_NAMES: ReadonlyArray<readonly [id: string, name: string, english: string]> = [
  ['xi-jinping', 'Tập Cận Bình', 'Xi Jinping'],
  ['li-keqiang', 'Lý Khắc Cường', 'Li Keqiang'],
  ['li-qiang', 'Lý Cường', 'Li Qiang'],
  ['wang-yi', 'Vương Nghị', 'Wang Yi'],
  ['qin-gang', 'Tần Cương', 'Qin Gang'],
  ['yang-jiechi', 'Dương Khiết Trì', 'Yang Jiechi'],
  ['wang-qishan', 'Vương Kỳ Sơn', 'Wang Qishan'],
  ['li-yuanchao', 'Lý Nguyên Triều', 'Li Yuanchao'],
  ['han-zheng', 'Hàn Chính', 'Han Zheng'],
  ['zhang-dejiang', 'Trương Đức Giang', 'Zhang Dejiang'],
  ['li-zhanshu', 'Lật Chiến Thư', 'Li Zhanshu'],
  ['zhao-leji', 'Triệu Lạc Tế', 'Zhao Leji'],
  ['wang-huning', 'Vương Hộ Ninh', 'Wang Huning'],
  ['ding-xuexiang', 'Đinh Tiết Tường', 'Ding Xuexiang'],
  ['liu-he', 'Lưu Hạc', 'Liu He'],
  ['he-lifeng', 'Hà Lập Phong', 'He Lifeng'],
  ['zhong-shan', 'Chung Sơn', 'Zhong Shan'],
  ['wang-wentao', 'Vương Văn Đào', 'Wang Wentao'],
  ['chang-wanquan', 'Thường Vạn Toàn', 'Chang Wanquan'],
  ['wei-fenghe', 'Ngụy Phượng Hòa', 'Wei Fenghe'],
  ['li-shangfu', 'Lý Thượng Phúc', 'Li Shangfu'],
  ['dong-jun', 'Đổng Quân', 'Dong Jun'],
  ['ma-ying-jeou', 'Mã Anh Cửu', 'Ma Ying-jeou'],
  ['tsai-ing-wen', 'Thái Anh Văn', 'Tsai Ing-wen'],
  ['lai-ching-te', 'Lại Thanh Đức', 'Lai Ching-te'],
  ['lee-hsien-loong', 'Lý Hiển Long', 'Lee Hsien Loong'],
  ['hu-jintao', 'Hồ Cẩm Đào', 'Hu Jintao'],
  ['wen-jiabao', 'Ôn Gia Bảo', 'Wen Jiabao'],
  ['gerhard-schroeder', 'Gerhard Schröder', 'Gerhard Schroeder'],
];
