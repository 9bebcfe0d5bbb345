import { matchLabel, projectOf } from './section-label';

describe('matchLabel', () => {
  it.each([
    ['IV. PHÂN CÔNG THỰC HIỆN', 'roman', 'IV.', 4],
    ['II - MỤC TIÊU', 'roman', 'II.', 2],
    ['2.1. Các kết quả', 'number2', '2.1.', 1],
    ['2.1.3. Chi tiết', 'number3', '2.1.3.', 3],
    ['3. Sở Xây dựng: phối hợp', 'number', '3.', 3],
    ['- 3. Sở Giáo dục và Đào tạo: Triển khai', 'number', '3.', 3],
    ['đ) Nguồn vốn thực hiện', 'letter', 'đ)', null],
    ['- Triển khai', 'dash', '-', null],
    ['+ Chi tiết', 'plus', '+', null],
    ['Tiểu dự án 2: Cải thiện dinh dưỡng', 'subProject', '', null],
    ['Tiêu dự án 1: Giáo dục nghề nghiệp', 'subProject', '', null],
  ])('%s', (text, kind, label, value) => {
    expect(matchLabel(text)).toMatchObject({ kind, label, value });
  });

  it.each(['1.728 triệu đồng.', 'Căn cứ Quyết định', 'Ví dụ', '2024 là năm'])('no label: %s', (text) => {
    expect(matchLabel(text)).toBeNull();
  });

  it('projectOf', () => {
    expect(projectOf('Dự án 4: Phát triển giáo dục nghề nghiệp')).toMatchObject({ level: 'project', code: '4' });
    expect(projectOf('Tiêu dự án 3: Hỗ trợ việc làm')).toMatchObject({ level: 'subProject', code: '3', typo: true });
  });
});
