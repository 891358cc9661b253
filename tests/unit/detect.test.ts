import { describe, expect, it } from 'vitest';
import { detectCall, gateCall } from '../../lib/detect';
import { articleFromText } from '../../lib/extract';

const detect = (text: string, published = '2024-05-20') => detectCall(articleFromText(text, { published }));

describe('gateCall', () => {
  it.each([
    ['Tổng thống Nga Putin điện đàm với Tổng thống Pháp Macron', ''],
    ['Lãnh đạo Nga, Pháp nhất trí duy trì tiếp xúc', 'Ngày 3/2, Tổng thống Nga và người đồng cấp Pháp đã có cuộc điện đàm'],
    ['Hội nghị thượng đỉnh ASEAN - Mỹ theo hình thức trực tuyến', ''],
    ['Macron tính thiết lập lại liên lạc với Tổng thống Nga Putin', ''],
    ['Ông Trump gọi điện cho ông Tập', ''],
    // A meeting said to be held online, its name too long for the meeting-and-marker window, or a noun no meeting word.
    ['Khai mạc Hội nghị cấp cao BRICS', 'Ngày 23/6, Hội nghị cấp cao thường niên lần thứ 14 của Nhóm các nền kinh tế mới nổi hàng đầu thế giới (BRICS) được tổ chức theo hình thức trực tuyến.'],
    ['Các tỉnh biên giới chúc Tết nhau.', 'Sáng 20/2, lãnh đạo các tỉnh hai bên đã tổ chức chương trình chúc Tết. Chương trình được tổ chức bằng hình thức trực tuyến.'],
  ])('lets "%s" through', (title, description) => {
    expect(gateCall({ title, description }).pass).toBe(true);
  });

  it.each([
    ['Giá vàng hôm nay tăng mạnh', 'Giá vàng SJC tăng 500.000 đồng'],
    ['Thị trường chứng khoán: VN-Index giảm', ''],
    ['Tổng Bí thư hội đàm với Tổng thống Hàn Quốc', 'Chiều 10/9, tại Hà Nội'],
  ])('stops "%s"', (title, description) => {
    expect(gateCall({ title, description }).pass).toBe(false);
  });

  it('uses the address', () => {
    expect(gateCall({ url: 'https://vov.vn/the-gioi/putin-va-macron-dien-dam-post123.vov', title: 'Nga - Pháp' }).pass).toBe(true);
  });
});

describe('detectCall: calls', () => {
  it.each([
    ['phone', 'Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Nhật Bản Kishida Fumio\nChiều 12/10, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Nhật Bản Kishida Fumio theo đề nghị của phía Nhật Bản.'],
    ['phone', 'Ông Trump gọi điện cho ông Putin\nTổng thống Mỹ Donald Trump hôm qua đã gọi điện cho Tổng thống Nga Vladimir Putin để chúc mừng ông tái đắc cử.'],
    ['phone', 'Ngoại trưởng Mỹ và Ngoại trưởng Trung Quốc trao đổi qua điện thoại\nNgoại trưởng Mỹ Antony Blinken đã trao đổi qua điện thoại với Ngoại trưởng Trung Quốc Vương Nghị về tình hình Ukraine.'],
    ['video', 'Lãnh đạo Trung Quốc, Mỹ hội đàm trực tuyến\nSáng 16/11, Chủ tịch Trung Quốc Tập Cận Bình và Tổng thống Mỹ Joe Biden đã có cuộc gặp thượng đỉnh trực tuyến kéo dài 3,5 giờ.'],
    ['video', 'Tổng thống Nga và Chủ tịch Trung Quốc họp trực tuyến\nTổng thống Nga Vladimir Putin và Chủ tịch Trung Quốc Tập Cận Bình đã có cuộc họp qua cầu truyền hình.'],
    ['planned', 'Ông Biden và ông Tập sẽ điện đàm vào tuần tới\nNhà Trắng cho biết Tổng thống Mỹ Joe Biden và Chủ tịch Trung Quốc Tập Cận Bình dự kiến điện đàm vào tuần tới.'],
  ])('%s: %s', (kind, text) => {
    const d = detect(text);
    expect(d.isCall).toBe(true);
    expect(d.kind).toBe(kind);
    expect(d.confidence).toBeGreaterThanOrEqual(0.5);
  });
});

/** Near misses of each class, of our own writing. */
const NEAR_MISSES: Record<string, string[]> = {
  telegram: [
    'Lãnh đạo Việt Nam gửi điện mừng Tổng thống Nga Vladimir Putin tái đắc cử\nNhân dịp ông Vladimir Putin tái đắc cử Tổng thống Liên bang Nga, Tổng Bí thư Tô Lâm đã gửi điện chúc mừng.',
    'Điện chia buồn về trận động đất tại Thổ Nhĩ Kỳ\nChủ tịch nước đã gửi điện chia buồn tới Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan về thiệt hại do động đất.',
    'Thủ tướng gửi điện thăm hỏi Thủ tướng Nhật Bản về bão\nThủ tướng Phạm Minh Chính đã gửi điện thăm hỏi tới Thủ tướng Nhật Bản Kishida Fumio.',
  ],
  'in-person': [
    'Tổng Bí thư hội đàm với Tổng thống Hoa Kỳ Joe Biden\nChiều 10/9, tại Hà Nội, Tổng Bí thư Nguyễn Phú Trọng đã hội đàm với Tổng thống Hoa Kỳ Joe Biden. Hai nhà lãnh đạo đã điện đàm hồi tháng 3/2023.',
    'Chủ tịch nước tiếp Đại sứ Pháp chào từ biệt\nChủ tịch nước đã tiếp Đại sứ Pháp tại Việt Nam. Hai bên nhắc lại cuộc điện đàm hồi tháng 5 giữa lãnh đạo hai nước.',
    'Lễ đón chính thức Tổng thống Hàn Quốc thăm cấp Nhà nước Việt Nam\nSáng 23/6, Chủ tịch nước chủ trì lễ đón Tổng thống Hàn Quốc Yoon Suk Yeol thăm cấp Nhà nước Việt Nam.',
  ],
  scam: [
    'Cảnh giác cuộc gọi giả danh công an\nNhiều đối tượng giả danh công an gọi điện cho người dân, yêu cầu chuyển tiền vào tài khoản ngân hàng để chiếm đoạt. Người dân cần cảnh giác với các cuộc gọi lừa đảo.',
    'Lừa đảo qua điện thoại mạo danh Đại sứ quán\nKẻ gian mạo danh Đại sứ quán Mỹ gọi điện thoại cho nạn nhân để lừa đảo chiếm đoạt tài sản.',
  ],
  'domestic-online': [
    'Thủ tướng họp trực tuyến với các tỉnh về phòng chống bão\nSáng 6/9, Thủ tướng Phạm Minh Chính chủ trì cuộc họp trực tuyến với các tỉnh, thành phố ven biển về ứng phó bão số 3.',
    'Hội nghị trực tuyến toàn quốc triển khai nghị quyết\nHội nghị được tổ chức theo hình thức trực tuyến tới các điểm cầu cấp tỉnh, cấp huyện trên toàn quốc.',
  ],
  telecom: [
    'Nhà mạng tăng cước cuộc gọi quốc tế\nTừ tháng 7, nhiều nhà mạng điều chỉnh gói cước cuộc gọi thoại và dữ liệu 5G cho thuê bao trả trước.',
    'iPhone mới hỗ trợ cuộc gọi video qua vệ tinh\nApple công bố tính năng cuộc gọi video mới trên điện thoại thông minh iPhone dành cho người dùng.',
  ],
  denied: [
    'Điện Kremlin: Chưa có kế hoạch điện đàm giữa Tổng thống Putin và Tổng thống Biden\nNgười phát ngôn Điện Kremlin cho biết hiện không có kế hoạch nào cho một cuộc điện đàm giữa hai nhà lãnh đạo.',
  ],
};

describe('detectCall: near misses', () => {
  for (const [cls, texts] of Object.entries(NEAR_MISSES)) {
    it.each(texts)(`${cls}: %s`, (text) => {
      expect(detect(text).isCall).toBe(false);
    });
  }

  it('a page in another language is not a call', () => {
    const d = detect('Putin holds phone call with Macron\nRussian President Vladimir Putin held a phone call with French President Emmanuel Macron on Ukraine and Syria, the Kremlin said in a statement.');
    expect(d.isCall).toBe(false);
    expect(d.reasons.join(' ')).toMatch(/tiếng Việt/);
  });

  it('an empty text is not a call', () => {
    expect(detect('').isCall).toBe(false);
  });

  it('a call mentioned in passing in the body does not make a call article', () => {
    const text = 'Giá dầu tăng mạnh phiên cuối tuần\nGiá dầu thô tăng 3% trong phiên giao dịch cuối tuần do lo ngại nguồn cung.\nCác nhà phân tích cho rằng thị trường phản ứng với nhiều tin tức, trong đó có việc Tổng thống Mỹ Donald Trump điện đàm với Tổng thống Nga Vladimir Putin hôm 12/2.';
    expect(detect(text).isCall).toBe(false);
  });
});
