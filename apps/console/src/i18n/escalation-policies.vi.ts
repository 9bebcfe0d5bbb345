// Escalation policies admin page, Vietnamese (spread into `dondoc`).
export const escalationPoliciesVietnamese = {
  escalation_policies: {
    name: 'Chính sách đôn đốc',
    menu: 'Chính sách đôn đốc',
    create_title: 'Thêm chính sách đôn đốc',
    edit_title: 'Sửa chính sách "%{name}"',
    empty: 'Chưa có chính sách nào: các kế hoạch dùng chính sách mặc định (T−5, T−1, T+0, T+3).',
    fields: {
      name: 'Tên chính sách',
      description: 'Mô tả',
      sendAt: 'Giờ gửi',
      steps: 'Các bước',
      offsetDays: 'Số ngày làm việc so với hạn',
      audience: 'Người nhận',
      usedBy: 'Đang dùng',
    },
    steps_help: 'Âm: trước hạn (nhắc việc); 0: khi quá hạn; dương: sau hạn (báo cáo vượt cấp). Các bước theo thứ tự thời gian.',
    send_at_help: 'Giờ Việt Nam, dạng HH:MM',
    send_at_invalid: 'Giờ gửi phải có dạng HH:MM',
    audiences: {
      owner: 'Người được giao',
      unitHead: 'Thủ trưởng đơn vị',
      leaderInCharge: 'Lãnh đạo phụ trách',
      chairman: 'Chủ tịch (hoặc người quyền Chủ tịch)',
    },
    kinds: { reminder: 'nhắc việc', overdue: 'thông báo quá hạn', escalation: 'báo cáo vượt cấp' },
  },
};
