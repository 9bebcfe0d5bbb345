import { DomainErrorCode } from './domain-error-code';

/** Vietnamese first (shown to users), English for logs and integrators. */
export interface DomainErrorMessage {
  vi: string;
  en: string;
}

/** One message per code; `details` may add specifics but the headline lives here. */
export const DOMAIN_ERROR_MESSAGES: Readonly<Record<DomainErrorCode, DomainErrorMessage>> = {
  [DomainErrorCode.InvalidDate]: { vi: 'Ngày không tồn tại', en: 'Impossible date' },
  [DomainErrorCode.InvalidDateFormat]: { vi: 'Định dạng ngày không hợp lệ', en: 'Invalid date format' },
  [DomainErrorCode.InvalidYear]: { vi: 'Năm không hợp lệ', en: 'Invalid year' },
  [DomainErrorCode.InvalidCalendarData]: { vi: 'Dữ liệu lịch làm việc không hợp lệ', en: 'Invalid working-calendar data' },
  [DomainErrorCode.InvalidDueRule]: { vi: 'Quy tắc thời hạn không hợp lệ', en: 'Invalid due rule' },
  [DomainErrorCode.InvalidPeriod]: { vi: 'Kỳ báo cáo hoặc khoảng thời gian không hợp lệ', en: 'Invalid period' },
  [DomainErrorCode.InvalidEscalationPolicy]: { vi: 'Chính sách đôn đốc không hợp lệ', en: 'Invalid escalation policy' },
  [DomainErrorCode.NoEscalationRecipient]: { vi: 'Không có người nhận phù hợp để báo cáo vượt cấp', en: 'No suitable escalation recipient' },
  [DomainErrorCode.TransitionNotAllowed]: { vi: 'Thao tác không được phép ở trạng thái hiện tại của văn bản', en: 'Action not allowed in the document’s current state' },
  [DomainErrorCode.ActorNotPermitted]: { vi: 'Người dùng không có quyền thực hiện thao tác này', en: 'Actor is not permitted to perform this action' },
  [DomainErrorCode.ContentReviewMissing]: { vi: 'Dự thảo chưa được thủ trưởng đơn vị soạn thảo kiểm tra nội dung', en: 'Content not reviewed by the drafting unit head' },
  [DomainErrorCode.FormatCheckMissing]: { vi: 'Dự thảo chưa được kiểm tra thể thức, kỹ thuật trình bày', en: 'Format not checked' },
  [DomainErrorCode.ApprovalMissing]: { vi: 'Dự thảo chưa được người ký duyệt', en: 'Draft not approved by the signer' },
  [DomainErrorCode.ApprovalStale]: { vi: 'Dự thảo đã được sửa sau khi duyệt; phải trình duyệt lại', en: 'Draft edited after approval; approval must be renewed' },
  [DomainErrorCode.NotTheFutureSigner]: { vi: 'Chỉ người sẽ ký văn bản mới được duyệt dự thảo', en: 'Only the future signer may approve the draft' },
  [DomainErrorCode.SigningAuthorityMissing]: { vi: 'Không có thẩm quyền ký văn bản', en: 'No signing authority' },
  [DomainErrorCode.SigningAuthorityExpired]: { vi: 'Thẩm quyền ký (ủy quyền) đã hết hiệu lực hoặc chưa có hiệu lực', en: 'Signing authority not valid at this time' },
  [DomainErrorCode.SigningCapacityMismatch]: { vi: 'Thẩm quyền ký không phù hợp (TM./KT./TUQ./TL./Q.)', en: 'Signing capacity does not match the authority' },
  [DomainErrorCode.TuqRedelegated]: { vi: 'Người được ủy quyền (TUQ.) không được ủy quyền lại cho người khác', en: 'A TUQ. authorisation cannot be re-delegated' },
  [DomainErrorCode.NumberBeforeSignature]: { vi: 'Chỉ cấp số văn bản sau khi người có thẩm quyền đã ký', en: 'A number is assigned only after signature' },
  [DomainErrorCode.NumberAlreadyUsed]: { vi: 'Số văn bản đã được sử dụng trong năm', en: 'Document number already used this year' },
  [DomainErrorCode.SealBeforeSignature]: { vi: 'Chỉ đóng dấu hoặc ký số của cơ quan sau khi người có thẩm quyền đã ký', en: 'Organisation seal only after the person has signed' },
  [DomainErrorCode.IssueBeforeNumber]: { vi: 'Văn bản chưa được cấp số, chưa thể ban hành', en: 'Document must be numbered before issuance' },
  [DomainErrorCode.SealMissing]: { vi: 'Văn bản chưa được đóng dấu hoặc ký số của cơ quan, chưa thể ban hành', en: 'Organisation seal or digital signature missing' },
  [DomainErrorCode.ReasonRequired]: { vi: 'Phải nêu lý do', en: 'A reason is required' },
  [DomainErrorCode.TaskTransitionNotAllowed]: { vi: 'Thao tác không được phép ở trạng thái hiện tại của nhiệm vụ', en: 'Action not allowed in the task’s current state' },
  [DomainErrorCode.InvalidProgress]: { vi: 'Tiến độ phải từ 0 đến 100%', en: 'Progress must be between 0 and 100%' },
  [DomainErrorCode.ExtensionBeyondPlanPeriod]: { vi: 'Thời hạn gia hạn vượt quá thời gian thực hiện kế hoạch', en: 'Extension goes beyond the plan period' },
  [DomainErrorCode.DeadlineOnNonWorkingDay]: { vi: 'Thời hạn rơi vào ngày nghỉ; hãy chọn một ngày làm việc', en: 'The deadline falls on a non-working day; choose a working day' },
  [DomainErrorCode.ExtensionNotLater]: { vi: 'Thời hạn gia hạn phải sau thời hạn hiện tại', en: 'Extended deadline must be later than the current one' },
  [DomainErrorCode.NoPendingExtension]: { vi: 'Không có đề nghị gia hạn đang chờ quyết định', en: 'No pending extension request' },
  [DomainErrorCode.ReassignToSameUnit]: { vi: 'Nhiệm vụ đã được giao cho đơn vị này', en: 'Task is already assigned to this unit' },
};
