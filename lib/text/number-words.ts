/**
 * Vietnamese number words from two to twelve, as the press writes them in counts ("hai nước", "mười một quốc gia"),
 * ordinals ("lần thứ ba") and months ("tháng Mười hai"). One and four have other forms in each ("nhất", "một", "tư"):
 * the tables built on this one add their own.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  hai: 2, ba: 3, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10, 'mười một': 11, 'mười hai': 12,
};
