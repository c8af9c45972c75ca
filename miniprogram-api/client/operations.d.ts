// GENERATED from openapi.json by scripts/generate-client.js (`npm run generate`). Do not edit by hand:
// change the Java code, regenerate the contract (OpenApiContractIT -Dcontract.update=true), then run the script.
import type { CallOptions, UploadInput, DownloadResult } from './index';

/** The mini-program operations, one per operationId. */
export interface Operations {
  /** 同意所阅读版本的《隐私保护指引》（记录版本与时间；重复提交只记一次）（POST /api/app/privacy/consents；错误码 1000 1001 1002 1003 1004 1007 1012 1013 1021 2031） */
  acceptPrivacyNotice(body: AcceptPrivacyReq, options?: CallOptions): Promise<ConsentStatus>;
  /** 按顺序回答“安全力”测试的当前题目，返回解析和下一题（POST /api/app/quiz/quick-tests/{testId}/answers；错误码 1000 1001 1002 1003 1004 1007 1012 1013 1021 6008 6009 6011 6012 6013） */
  answerQuickTest(testId: number | string, body: QuickAnswerReq, options?: CallOptions): Promise<QuickAnswerResp>;
  /** 回答已找到隐患的题目：每题只能答一次，返回对错、正确答案与解析（POST /api/app/quiz/attempts/{attemptId}/answers；错误码 1000 1001 1002 1003 1004 1007 1012 1013 1021 6004 6005 6006 6007 6008 6009） */
  answerQuizQuestion(attemptId: number | string, body: AnswerReq, options?: CallOptions): Promise<AnswerResp>;
  /** 附近已核实的隐患（GeoJSON，位置模糊到约 100 米）（GET /api/app/hazard/map；错误码 1000 1001 1003 1007 1021 7018） */
  appHazardMap(query: {
    /** 西南角经度 */
    minLng: number;
    /** 西南角纬度 */
    minLat: number;
    /** 东北角经度 */
    maxLng: number;
    /** 东北角纬度 */
    maxLat: number;
    /** 类别编码 */
    category?: string;
  }, options?: CallOptions): Promise<FeatureCollection>;
  /** 绑定手机号（getPhoneNumber 按钮的 code，可选）（POST /api/app/me/phone；错误码 1000 1001 1002 1003 1004 1007 1012 1013 1014 1021 2013 4001 4002 4003 4004 4005 4006 4007） */
  bindMyPhone(body: BindPhoneReq, options?: CallOptions): Promise<WorkerProfileResp>;
  /** 工会工作人员绑定本人微信：输入管理后台给出的绑定码，此后填报提醒以订阅消息送达（POST /api/app/me/staff-binding；错误码 1000 1001 1002 1003 1004 1007 1009 1012 1013 1021 2014） */
  bindStaffWeChat(body: StaffBindingReq, options?: CallOptions): Promise<null>;
  /** 打卡：照片先用 uploadPledgeImage 上传，服务器加水印（主题、时间、地点）后保存（POST /api/app/check-ins；错误码 1000 1001 1002 1003 1004 1007 1012 1013 1014 1021 5001 8010 8011 8012 8013 8014 8015 8020 8021） */
  checkIn(body: CheckInReq, options?: CallOptions): Promise<CheckInResp>;
  /** 注销账号：确认后立即删除姓名、手机号、微信绑定、签名等，所有登录失效；再次登录将是新用户（POST /api/app/me/close；错误码 1000 1001 1002 1003 1004 1007 1012 1013 1021 2032） */
  closeMyAccount(body: CloseAccountReq, options?: CallOptions): Promise<null>;
  /** 举报人确认整改结果：已整改好则办结，没整改好则重新整改（POST /api/app/hazard/reports/{reportId}/confirm；错误码 1000 1001 1002 1003 1004 1007 1012 1013 1021 5001 7008 7009 7010 7011） */
  confirmHazardFixed(reportId: number | string, body: ConfirmReq, options?: CallOptions): Promise<ReportResp>;
  /** 结束本关并查看得分（POST /api/app/quiz/attempts/{attemptId}/finish；错误码 1000 1001 1003 1007 1012 1013 1021 5001 6004） */
  finishQuizLevel(attemptId: number | string, options?: CallOptions): Promise<AttemptResp>;
  /** 扫码后查看活动：名称、时间、地点、是否可以签到（GET /api/app/events/by-scene；错误码 1000 1001 1003 1007 1021 8041） */
  getEventByScene(query: {
    /** 小程序码的 scene */
    scene: string;
  }, options?: CallOptions): Promise<PreviewResp>;
  /** 我的一条上报：处理进度、整改情况与处理记录（GET /api/app/hazard/reports/{reportId}；错误码 1000 1001 1003 1007 1021 5001 7008） */
  getHazardReport(reportId: number | string, options?: CallOptions): Promise<ReportResp>;
  /** 我的参与记录：签署承诺、主题打卡、作品、活动签到，最近的在前（只记录，不排名）（GET /api/app/me/pledge-history；错误码 1000 1003 1007 1021） */
  getMyPledgeHistory(options?: CallOptions): Promise<Array<Act>>;
  /** 本人资料与所在工会（GET /api/app/me；错误码 1000 1003 1007 1021 2013） */
  getMyProfile(options?: CallOptions): Promise<WorkerProfileResp>;
  /** 承诺证书图片（PNG：标题、姓名、工会、日期、签名、活动小程序码），仅本人可取（GET /api/app/pledges/signatures/{signatureId}/certificate；错误码 1000 1001 1003 1007 1021 4001 4002 4003 4004 4005 4006 5001 8005） */
  getPledgeCertificate(signatureId: number | string, options?: CallOptions): Promise<DownloadResult>;
  /** 现行《隐私保护指引》全文及本人是否已同意（GET /api/app/privacy/notice；错误码 1000 1003 1007 1021） */
  getPrivacyNotice(options?: CallOptions): Promise<PrivacyNoticeResp>;
  /** 成绩分享卡（仅展示，分享不增加任何次数）（GET /api/app/quiz/attempts/{attemptId}/share；错误码 1000 1001 1003 1007 1021 6004 6005） */
  getQuizShareCard(attemptId: number | string, options?: CallOptions): Promise<ShareResp>;
  /** 今天：活动信息、今天的关卡、各场景进度、累计积分（GET /api/app/quiz/today；错误码 1000 1003 1007 1021 5001） */
  getQuizToday(options?: CallOptions): Promise<TodayResp>;
  /** 凭加入码或扫码加入基层工会（已在其他工会则转入，历史保留）（POST /api/app/me/union；错误码 1000 1001 1002 1003 1004 1007 1012 1013 1021 3003 3004 3005 3010） */
  joinUnion(body: JoinReq, options?: CallOptions): Promise<MembershipResp>;
  /** 退出当前工会，以社会公众身份参与（DELETE /api/app/me/union；错误码 1000 1003 1007 1012 1013 1021 3005 3008） */
  leaveUnion(options?: CallOptions): Promise<null>;
  /** 打卡主题：日期、是否需要照片和定位、今天是否已打卡（GET /api/app/check-ins/themes；错误码 1000 1003 1007 1021） */
  listCheckInThemes(options?: CallOptions): Promise<Array<ThemeResp>>;
  /** 隐患类别与场景（GET /api/app/hazard/categories；错误码 1000 1003 1007 1021） */
  listHazardCategories(options?: CallOptions): Promise<CategoriesResp>;
  /** 我的打卡记录（最近的在前）（GET /api/app/check-ins；错误码 1000 1003 1007 1021 5001） */
  listMyCheckIns(options?: CallOptions): Promise<Array<CheckInResp>>;
  /** 我的隐患上报（GET /api/app/hazard/reports；错误码 1000 1001 1003 1007 1021 5001） */
  listMyHazardReports(query?: {
    /** 页码，从 1 开始 */
    page?: number;
    /** 每页条数，1–100 */
    size?: number;
  }, options?: CallOptions): Promise<PageResultMyReportItem>;
  /** 我的随手拍积分明细（GET /api/app/hazard/rewards；错误码 1000 1003 1007 1021） */
  listMyHazardRewards(options?: CallOptions): Promise<RewardsResp>;
  /** 我的工会关系历史（最近的在前）（GET /api/app/me/union/history；错误码 1000 1003 1007 1021） */
  listMyMemberships(options?: CallOptions): Promise<Array<MembershipResp>>;
  /** 我的消息：审核进度、整改结果等，新消息在前（GET /api/app/notices；错误码 1000 1001 1003 1007 1021） */
  listMyNotices(query?: {
    /** 页码，从 1 开始 */
    page?: number;
    /** 每页条数，1–100 */
    size?: number;
    /** 只看未读 */
    unreadOnly?: boolean;
  }, options?: CallOptions): Promise<PageResultMessageResp>;
  /** 我的作品及审核结果（最近的在前）（GET /api/app/works；错误码 1000 1003 1007 1021 5001） */
  listMyWorks(options?: CallOptions): Promise<Array<WorkResp>>;
  /** 本次活动的承诺书（全文）及本人签署情况（GET /api/app/pledges；错误码 1000 1003 1007 1021 5001） */
  listPledges(options?: CallOptions): Promise<PledgesResp>;
  /** 我的闯关记录：每关得分、题目解析（GET /api/app/quiz/history；错误码 1000 1003 1007 1021） */
  listQuizHistory(options?: CallOptions): Promise<Array<HistoryItem>>;
  /** 五个场景及本人闯关进度（GET /api/app/quiz/scenes；错误码 1000 1003 1007 1021） */
  listQuizScenes(options?: CallOptions): Promise<Array<QuizSceneResp>>;
  /** 可订阅的消息模板及本人剩余授权次数（提交前据此调用 wx.requestSubscribeMessage）（GET /api/app/notices/subscribe-templates；错误码 1000 1003 1007 1021） */
  listSubscribeTemplates(options?: CallOptions): Promise<Array<NoticeTemplateResp>>;
  /** “我也看到了”：在隐患附近时为已有上报补充一次目击（不重复计分）（POST /api/app/hazard/reports/{reportId}/seen-too；错误码 1000 1001 1002 1003 1004 1007 1012 1013 1014 1021 7012 7019） */
  markSeenToo(reportId: number | string, body: LocationReq, options?: CallOptions): Promise<SeenTooResp>;
  /** 按加入码预览工会（加入前确认名称）；预览与加入合计每小时至多输错 10 次（GET /api/app/unions/by-join-code/{joinCode}；错误码 1000 1001 1003 1007 1021 3003 3004 3010） */
  previewUnionByJoinCode(joinCode: string, options?: CallOptions): Promise<MembershipResp>;
  /** 把一条消息标为已读（POST /api/app/notices/{messageId}/read；错误码 1000 1001 1003 1007 1012 1013 1021 5101） */
  readMyNotice(messageId: number | string, options?: CallOptions): Promise<null>;
  /** 上报用户在 wx.requestSubscribeMessage 中同意的模板：每同意一次可收一条（POST /api/app/notices/subscribe-grants；错误码 1000 1001 1002 1003 1004 1007 1012 1013 1021 5102） */
  recordSubscribeGrants(body: GrantReq, options?: CallOptions): Promise<Array<NoticeTemplateResp>>;
  /** 修改被退回的作品并重新提交（仍是同一件作品）（PUT /api/app/works/{workId}；错误码 1000 1001 1002 1003 1004 1007 1012 1013 1021 5001 8001 8021 8030 8031 8032） */
  resubmitWork(workId: number | string, body: ReviseReq, options?: CallOptions): Promise<WorkResp>;
  /** 扫码签到：每场活动一次，须在签到时间内（设置了范围时须在范围内）（POST /api/app/events/sign-ins；错误码 1000 1001 1002 1003 1004 1007 1012 1013 1014 1021 8014 8041 8042 8043 8044 8047 8048） */
  signInEvent(body: SignInReq, options?: CallOptions): Promise<SignInResp>;
  /** 手写签名并签署（wx.uploadFile 上传画布导出的 PNG，字段名 signature）；每份承诺书只能签署一次（POST /api/app/pledges/{templateCode}/signatures；错误码 1000 1001 1003 1004 1007 1012 1013 1014 1021 1098 5001 5002 5003 5004 5005 8001 8002 8003 8004） */
  signPledge(templateCode: string, file: UploadInput, options?: CallOptions): Promise<SignResp>;
  /** 开始一次“测测你的安全力”：题库随机 10 题，不限次数（POST /api/app/quiz/quick-tests；错误码 1000 1003 1007 1009 1012 1013 1021 6001） */
  startQuickTest(options?: CallOptions): Promise<QuickTestResp>;
  /** 开始（或继续）今天的关卡：每天只能挑战一关（POST /api/app/quiz/attempts；错误码 1000 1001 1002 1003 1004 1007 1012 1013 1021 5001 6001 6002 6003 6010） */
  startQuizLevel(body: StartReq, options?: CallOptions): Promise<AttemptResp>;
  /** 提交隐患上报（照片凭证 1–9 张）；同一幂等键重试只生成一条，返回附近可能重复的上报（POST /api/app/hazard/reports；错误码 1000 1001 1002 1003 1004 1007 1009 1012 1013 1014 1021 5001 7005 7006 7007 7010） */
  submitHazardReport(body: HazardSubmitReq, options?: CallOptions): Promise<SubmitResp>;
  /** 投稿：经微信内容安全检测后交本工会审核；图片先用 uploadPledgeImage 上传（POST /api/app/works；错误码 1000 1001 1002 1003 1004 1007 1012 1013 1021 5001 8001 8021 8030 8031） */
  submitWork(body: WorkSubmitReq, options?: CallOptions): Promise<WorkResp>;
  /** 在图中点击：点中隐患即出现一道题（不含答案），未点中不返回任何信息（POST /api/app/quiz/attempts/{attemptId}/taps；错误码 1000 1001 1002 1003 1004 1007 1012 1013 1021 6004 6005 6009 6015） */
  tapQuizHazard(attemptId: number | string, body: TapReq, options?: CallOptions): Promise<TapResp>;
  /** 填写本人姓名（供所在工会核对会员）（PUT /api/app/me；错误码 1000 1001 1002 1003 1004 1007 1012 1013 1014 1021 2013） */
  updateMyProfile(body: UpdateProfileReq, options?: CallOptions): Promise<WorkerProfileResp>;
  /** 上传一张隐患照片（wx.uploadFile，字段名 file，JPEG/PNG，≤10 MB），返回照片凭证（POST /api/app/hazard/photos；错误码 1000 1001 1003 1004 1007 1009 1012 1013 1014 1021 1098 5001 5002 5003 5004 5005） */
  uploadHazardPhoto(file: UploadInput, options?: CallOptions): Promise<PhotoResp>;
  /** 上传一张照片（wx.uploadFile，字段名 file，JPEG/PNG，≤ 10 MB），返回 uploadId 供打卡或作品引用，只能用一次（POST /api/app/pledge-uploads；错误码 1000 1001 1003 1004 1007 1009 1012 1013 1014 1021 1098 5001 5002 5003 5004 5005） */
  uploadPledgeImage(file: UploadInput, options?: CallOptions): Promise<UploadResp>;
  /** 微信登录：用 wx.login 的 code 换取登录令牌（POST /api/app/auth/login；错误码 1000 1001 1002 1003 1004 4001 4002 4003 4004 4005 4006） */
  workerLogin(body: WorkerLoginReq, options?: CallOptions): Promise<LoginResp>;
  /** 退出登录（令牌立即失效）（POST /api/app/auth/logout；错误码 1000 1003 1007 1012 1013 1021） */
  workerLogout(options?: CallOptions): Promise<null>;
}

// the default client's operations, as the module exports them
export declare const acceptPrivacyNotice: Operations['acceptPrivacyNotice'];
export declare const answerQuickTest: Operations['answerQuickTest'];
export declare const answerQuizQuestion: Operations['answerQuizQuestion'];
export declare const appHazardMap: Operations['appHazardMap'];
export declare const bindMyPhone: Operations['bindMyPhone'];
export declare const bindStaffWeChat: Operations['bindStaffWeChat'];
export declare const checkIn: Operations['checkIn'];
export declare const closeMyAccount: Operations['closeMyAccount'];
export declare const confirmHazardFixed: Operations['confirmHazardFixed'];
export declare const finishQuizLevel: Operations['finishQuizLevel'];
export declare const getEventByScene: Operations['getEventByScene'];
export declare const getHazardReport: Operations['getHazardReport'];
export declare const getMyPledgeHistory: Operations['getMyPledgeHistory'];
export declare const getMyProfile: Operations['getMyProfile'];
export declare const getPledgeCertificate: Operations['getPledgeCertificate'];
export declare const getPrivacyNotice: Operations['getPrivacyNotice'];
export declare const getQuizShareCard: Operations['getQuizShareCard'];
export declare const getQuizToday: Operations['getQuizToday'];
export declare const joinUnion: Operations['joinUnion'];
export declare const leaveUnion: Operations['leaveUnion'];
export declare const listCheckInThemes: Operations['listCheckInThemes'];
export declare const listHazardCategories: Operations['listHazardCategories'];
export declare const listMyCheckIns: Operations['listMyCheckIns'];
export declare const listMyHazardReports: Operations['listMyHazardReports'];
export declare const listMyHazardRewards: Operations['listMyHazardRewards'];
export declare const listMyMemberships: Operations['listMyMemberships'];
export declare const listMyNotices: Operations['listMyNotices'];
export declare const listMyWorks: Operations['listMyWorks'];
export declare const listPledges: Operations['listPledges'];
export declare const listQuizHistory: Operations['listQuizHistory'];
export declare const listQuizScenes: Operations['listQuizScenes'];
export declare const listSubscribeTemplates: Operations['listSubscribeTemplates'];
export declare const markSeenToo: Operations['markSeenToo'];
export declare const previewUnionByJoinCode: Operations['previewUnionByJoinCode'];
export declare const readMyNotice: Operations['readMyNotice'];
export declare const recordSubscribeGrants: Operations['recordSubscribeGrants'];
export declare const resubmitWork: Operations['resubmitWork'];
export declare const signInEvent: Operations['signInEvent'];
export declare const signPledge: Operations['signPledge'];
export declare const startQuickTest: Operations['startQuickTest'];
export declare const startQuizLevel: Operations['startQuizLevel'];
export declare const submitHazardReport: Operations['submitHazardReport'];
export declare const submitWork: Operations['submitWork'];
export declare const tapQuizHazard: Operations['tapQuizHazard'];
export declare const updateMyProfile: Operations['updateMyProfile'];
export declare const uploadHazardPhoto: Operations['uploadHazardPhoto'];
export declare const uploadPledgeImage: Operations['uploadPledgeImage'];
export declare const workerLogin: Operations['workerLogin'];
export declare const workerLogout: Operations['workerLogout'];

/** Error codes the mini-program operations can answer with, by name. */
export declare const ErrorCode: {
  /** 请求参数有误 */
  readonly COMMON_BAD_REQUEST: 1000;
  /** 字段取值无效 */
  readonly COMMON_INVALID_FIELD: 1001;
  /** 请求体不是合法的 JSON */
  readonly COMMON_MALFORMED_JSON: 1002;
  /** 请求体过大 */
  readonly COMMON_BODY_TOO_LARGE: 1003;
  /** 不支持的请求内容类型 */
  readonly COMMON_UNSUPPORTED_MEDIA_TYPE: 1004;
  /** 未登录或登录已过期，请重新登录 */
  readonly COMMON_UNAUTHORIZED: 1007;
  /** 操作过于频繁，请稍后再试 */
  readonly COMMON_TOO_MANY_REQUESTS: 1009;
  /** 同一操作正在处理，请稍候再试 */
  readonly COMMON_IDEMPOTENCY_IN_PROGRESS: 1012;
  /** 字段 Idempotency-Key：已用于另一个请求，新的操作请生成新的键 */
  readonly COMMON_IDEMPOTENCY_KEY_REUSED: 1013;
  /** 请先阅读并同意《隐私保护指引》，之后才能提交手机号、姓名、位置、照片或签名 */
  readonly COMMON_PRIVACY_CONSENT_REQUIRED: 1014;
  /** 该操作仅限职工在小程序中使用，工会工作人员的登录凭证不能用于此操作 */
  readonly COMMON_WORKERS_ONLY: 1021;
  /** 服务暂时不可用，请稍后重试 */
  readonly COMMON_SERVICE_UNAVAILABLE: 1098;
  /** 职工不存在 */
  readonly IDENTITY_WORKER_NOT_FOUND: 2013;
  /** 字段 code：绑定码无效或已过期，请在管理后台重新获取 */
  readonly IDENTITY_BINDING_CODE_INVALID: 2014;
  /** 字段 version：《隐私保护指引》已更新，请阅读最新版本后再同意 */
  readonly IDENTITY_PRIVACY_NOTICE_OUTDATED: 2031;
  /** 字段 confirmation：请输入“确认注销”四个字以确认注销账号（注销后不可恢复） */
  readonly IDENTITY_CLOSURE_NOT_CONFIRMED: 2032;
  /** 字段 joinCode：加入码无效，请核对后重试 */
  readonly ORG_JOIN_CODE_INVALID: 3003;
  /** 只能加入基层工会，请向所在单位工会索取加入码 */
  readonly ORG_NOT_GRASSROOTS: 3004;
  /** 您的工会关系刚刚发生变化，请刷新后重试 */
  readonly ORG_MEMBERSHIP_CHANGED: 3005;
  /** 您当前未加入任何工会 */
  readonly ORG_NOT_A_MEMBER: 3008;
  /** 加入码输错次数过多 */
  readonly ORG_JOIN_CODE_TRIES: 3010;
  /** 字段 code：登录凭证无效，请重新进入小程序后再试 */
  readonly WECHAT_LOGIN_CODE_INVALID: 4001;
  /** 字段 code：登录凭证已使用过，请重新登录 */
  readonly WECHAT_LOGIN_CODE_USED: 4002;
  /** 登录过于频繁，请一分钟后再试 */
  readonly WECHAT_LOGIN_TOO_FREQUENT: 4003;
  /** 该微信账号存在安全风险，暂时无法登录 */
  readonly WECHAT_LOGIN_BLOCKED: 4004;
  /** 微信服务繁忙，请稍后重试 */
  readonly WECHAT_BUSY: 4005;
  /** 微信服务调用失败，请稍后重试 */
  readonly WECHAT_FAILED: 4006;
  /** 字段 code：手机号授权已失效，请重新授权 */
  readonly WECHAT_PHONE_CODE_INVALID: 4007;
  /** 文件存储暂时不可用，请稍后重试 */
  readonly STORAGE_UNAVAILABLE: 5001;
  /** 只支持 JPEG 或 PNG 格式的图片 */
  readonly STORAGE_IMAGE_UNSUPPORTED: 5002;
  /** 图片文件过大 */
  readonly STORAGE_IMAGE_TOO_LARGE: 5003;
  /** 图片尺寸不符合要求 */
  readonly STORAGE_IMAGE_DIMENSIONS: 5004;
  /** 图片已损坏或不完整，请重新拍摄或选择 */
  readonly STORAGE_IMAGE_BROKEN: 5005;
  /** 消息不存在 */
  readonly NOTICE_MESSAGE_NOT_FOUND: 5101;
  /** 字段 templateIds：包含未知的订阅消息模板 */
  readonly NOTICE_TEMPLATE_UNKNOWN: 5102;
  /** 答题活动不在开放时间内 */
  readonly QUIZ_CAMPAIGN_CLOSED: 6001;
  /** 今天已经挑战过一关了，明天再来吧 */
  readonly QUIZ_ALREADY_PLAYED_TODAY: 6002;
  /** 该场景的关卡已全部闯过，请选择其他场景 */
  readonly QUIZ_SCENE_COMPLETED: 6003;
  /** 闯关记录不存在 */
  readonly QUIZ_ATTEMPT_NOT_FOUND: 6004;
  /** 本关已结束，不能继续作答 */
  readonly QUIZ_ATTEMPT_CLOSED: 6005;
  /** 请先在图中找到这个隐患，再作答 */
  readonly QUIZ_HAZARD_NOT_FOUND_YET: 6006;
  /** 这道题已经作答过了 */
  readonly QUIZ_ALREADY_ANSWERED: 6007;
  /** 字段 answer：答案选项无效 */
  readonly QUIZ_BAD_ANSWER: 6008;
  /** 点得太快了，请稍后再试 */
  readonly QUIZ_TOO_FAST: 6009;
  /** 今天已开始挑战其他场景的关卡，请继续完成 */
  readonly QUIZ_OTHER_SCENE_OPEN: 6010;
  /** 测试记录不存在 */
  readonly QUIZ_QUICK_TEST_NOT_FOUND: 6011;
  /** 请按顺序作答当前题目 */
  readonly QUIZ_QUICK_TEST_OUT_OF_ORDER: 6012;
  /** 本次测试已完成 */
  readonly QUIZ_QUICK_TEST_FINISHED: 6013;
  /** 本关未点中的次数太多，已不能继续点击，请结束本关 */
  readonly QUIZ_TOO_MANY_MISSES: 6015;
  /** 字段 photoTokens：照片不存在或已过期，请重新上传 */
  readonly HAZARD_PHOTO_TOKEN_INVALID: 7005;
  /** 字段 photoTokens：照片已用于其他上报，请重新上传 */
  readonly HAZARD_PHOTO_ALREADY_USED: 7006;
  /** 字段 category：隐患类别无效 */
  readonly HAZARD_CATEGORY_UNKNOWN: 7007;
  /** 隐患上报不存在 */
  readonly HAZARD_REPORT_NOT_FOUND: 7008;
  /** 该隐患当前状态下不能执行此操作 */
  readonly HAZARD_TRANSITION_NOT_ALLOWED: 7009;
  /** 该隐患已被他人处理，请刷新后查看 */
  readonly HAZARD_STATE_CHANGED: 7010;
  /** 无权对该隐患执行此操作 */
  readonly HAZARD_ACTION_FORBIDDEN: 7011;
  /** 这是你自己上报的隐患 */
  readonly HAZARD_OWN_REPORT: 7012;
  /** 字段 bbox：范围无效 */
  readonly HAZARD_BBOX_INVALID: 7018;
  /** 附近没有这条隐患 */
  readonly HAZARD_NOT_NEARBY: 7019;
  /** 活动不在开放时间内 */
  readonly PLEDGE_CAMPAIGN_CLOSED: 8001;
  /** 没有这份承诺书 */
  readonly PLEDGE_TEMPLATE_NOT_FOUND: 8002;
  /** 你已签署过这份承诺书，可在“我的记录”中查看证书 */
  readonly PLEDGE_ALREADY_SIGNED: 8003;
  /** 字段 signature：签名图片无效 */
  readonly PLEDGE_SIGNATURE_INVALID: 8004;
  /** 签署记录不存在 */
  readonly PLEDGE_SIGNATURE_NOT_FOUND: 8005;
  /** 没有这个打卡主题 */
  readonly PLEDGE_THEME_NOT_FOUND: 8010;
  /** 这个主题今天不在打卡时间内 */
  readonly PLEDGE_THEME_CLOSED: 8011;
  /** 今天已在这个主题打过卡了 */
  readonly PLEDGE_ALREADY_CHECKED_IN: 8012;
  /** 字段 photoUploadId：这个主题需要上传一张照片 */
  readonly PLEDGE_PHOTO_REQUIRED: 8013;
  /** 字段 location：这个主题需要定位 */
  readonly PLEDGE_LOCATION_REQUIRED: 8014;
  /** 这个主题不收集该信息 */
  readonly PLEDGE_NOT_ASKED: 8015;
  /** 字段 file：图片无效 */
  readonly PLEDGE_UPLOAD_INVALID: 8020;
  /** 图片不存在或已经用过，请重新上传 */
  readonly PLEDGE_UPLOAD_NOT_FOUND: 8021;
  /** 作品内容不符合要求 */
  readonly PLEDGE_WORK_INVALID: 8030;
  /** 作品不存在 */
  readonly PLEDGE_WORK_NOT_FOUND: 8031;
  /** 只有被退回的作品可以修改后重新提交 */
  readonly PLEDGE_WORK_NOT_RETURNED: 8032;
  /** 活动不存在或二维码已失效 */
  readonly PLEDGE_EVENT_NOT_FOUND: 8041;
  /** 现在不在活动签到时间内 */
  readonly PLEDGE_EVENT_NOT_OPEN: 8042;
  /** 你已签到过这场活动 */
  readonly PLEDGE_ALREADY_SIGNED_IN: 8043;
  /** 你不在活动地点的签到范围内 */
  readonly PLEDGE_OUT_OF_RANGE: 8044;
  /** 签到码已过期，请扫描现场大屏上正在显示的二维码 */
  readonly PLEDGE_SIGN_IN_CODE_EXPIRED: 8047;
  /** 这场活动使用现场大屏上的动态签到码，固定二维码不能签到 */
  readonly PLEDGE_SIGN_IN_MODE_MISMATCH: 8048;
};

export declare const ERROR_CODES: Record<number, { name: string; status: number; msg: string }>;

/** 同意隐私保护指引 */
export interface AcceptPrivacyReq {
  /** 所阅读的指引版本（getPrivacyNotice 返回的 version） */
  version: string;
}

/** 我的一条参与记录 */
export interface Act {
  /** 北京时间，不带时区 */
  at: string;
  /** 补充说明，如作品审核状态 */
  detail: string | null;
  /** 记录编号（签署、打卡、作品或签到的 ID） */
  refId: number;
  title: string;
  /** PLEDGE 签署承诺；CHECK_IN 主题打卡；WORK 作品；EVENT 活动签到 */
  type: string;
  typeLabel: string;
}

/** 作答 */
export interface AnswerReq {
  /** 所选选项（本次显示的字母），多选题可多个 */
  answer: Array<string>;
  /** 隐患点编号 */
  hazardId: string;
}

/** 作答结果 */
export interface AnswerResp {
  correct: boolean;
  correctCount: number;
  explanation: string | null;
  /** 五个隐患全部找到并作答后本关自动结束 */
  finished: boolean;
  foundCount: number;
  rightAnswer: Array<string>;
  score: number;
  yourAnswer: Array<string>;
}

/** 一次闯关 */
export interface AttemptResp {
  attemptId: number;
  /** FINISHED 本人完成；DAY_ENDED 当天结束时自动结束 */
  closedReason: string | null;
  /** 本关截止时间（当天 24 点），北京时间，不带时区 */
  closesAt: string;
  correctCount: number;
  /** 被判定为异常操作（如用时过短、点击呈网格），不计积分、不计入统计，待管理员复核 */
  flagged: boolean;
  found: Array<FoundResp>;
  foundCount: number;
  /** 隐患点总数 */
  hazardsTotal: number;
  levelCode: string;
  levelTitle: string;
  /** 满分 */
  maxScore: number;
  /** 场景图片的临时链接 */
  pictureUrl: string;
  playDate: string;
  scene: "ENTERPRISE" | "RURAL" | "COMMUNITY" | "SCHOOL" | "FAMILY";
  sceneLabel: string;
  score: number;
  /** OPEN 进行中；CLOSED 已结束 */
  status: string;
}

/** 绑定手机号：getPhoneNumber 按钮返回的 code */
export interface BindPhoneReq {
  /** getPhoneNumber 回调中的 code */
  code: string;
}

/** 类别与场景 */
export interface CategoriesResp {
  categories: Array<CategoryResp>;
  scenes: Array<HazardSceneResp>;
}

/** 隐患类别 */
export interface CategoryResp {
  code: string;
  hint: string | null;
  label: string;
}

/** 打卡 */
export interface CheckInReq {
  /** 定位 */
  location?: LocationReq;
  /** 照片的 uploadId（先调用 uploadPledgeImage 上传） */
  photoUploadId?: number;
  /** 主题编号 */
  themeCode: string;
}

/** 一次打卡（本人可见） */
export interface CheckInResp {
  /** 打卡地点 */
  address: string | null;
  checkInId: number;
  /** 北京时间，不带时区 */
  checkedInAt: string;
  day: string;
  /** 加了水印（主题、时间、地点）的照片临时链接，没有照片为空 */
  photoUrl: string | null;
  themeCode: string;
  themeName: string;
}

/** 注销账号：姓名、手机号、微信绑定、签名、照片位置信息将被删除，不可恢复 */
export interface CloseAccountReq {
  /** 确认语，须为“确认注销” */
  confirmation: string;
}

/** 确认整改结果 */
export interface ConfirmReq {
  /** 说明 */
  comment?: string;
  /** true 已整改好（办结）；false 没有整改好（重新整改） */
  fixed: boolean;
}

/** 一次同意 */
export interface ConsentRecord {
  /** 同意时间，北京时间，不带时区 */
  acceptedAt: string;
  /** 所同意的指引版本 */
  version: string;
}

/** 本人对《隐私保护指引》的同意情况 */
export interface ConsentStatus {
  /** 是否已同意现行版本；未同意时提交手机号、姓名、位置、照片、签名会被拒绝（1014） */
  accepted: boolean;
  /** 同意现行版本的时间，未同意为空，北京时间，不带时区 */
  acceptedAt: string | null;
  /** 现行指引的版本 */
  currentVersion: string;
  /** 本人历次同意的记录（最早的在前） */
  history: Array<ConsentRecord>;
}

/** 附近可能重复的隐患：职工看到的是模糊后的位置，距离也按模糊后的位置计算 */
export interface DuplicateCandidate {
  category: string;
  categoryLabel: string;
  /** 距离（米）：职工端按模糊后的位置、取整到 100 米；审核员为实际距离、取整到 10 米 */
  distanceMetres: number;
  latitude: number;
  longitude: number;
  reportId: number;
  seenTooCount: number;
  state: "PENDING" | "REJECTED" | "VERIFIED" | "RECTIFYING" | "RECTIFIED" | "CLOSED";
  stateLabel: string;
  submittedOn: string;
}

/** 照片自带的拍摄时间与位置（证据，仅审核员可见） */
export interface EvidenceView {
  /** 北京时间，不带时区 */
  capturedAt: string | null;
  contentCheck: string;
  /** 照片 GPS（WGS84 换算为 GCJ02）与上报位置相距（米）；照片无 GPS 时为空 */
  distanceMetres: number | null;
  latitude: number | null;
  longitude: number | null;
}

/** GeoJSON Feature */
export interface Feature {
  geometry: Geometry;
  id: number;
  properties: FeatureProps;
  type: string;
}

/** GeoJSON FeatureCollection */
export interface FeatureCollection {
  features: Array<Feature>;
  /** 超过上限只返回一部分，请放大地图 */
  truncated: boolean;
  type: string;
}

/** 地图标注的属性 */
export interface FeatureProps {
  category: string;
  categoryLabel: string;
  deadline: string | null;
  id: number;
  level: "GENERAL" | "MAJOR" | null | null;
  overdue: boolean;
  state: "PENDING" | "REJECTED" | "VERIFIED" | "RECTIFYING" | "RECTIFIED" | "CLOSED";
  stateLabel: string;
  /** 上报时刻（仅可知举报人的审核员可见），北京时间，不带时区 */
  submittedAt: string | null;
  /** 上报日期 */
  submittedOn: string;
}

/** 已找到的隐患点 */
export interface FoundResp {
  /** 是否已作答 */
  answered: boolean;
  /** 是否答对（作答后） */
  correct: boolean | null;
  /** 解析（作答后） */
  explanation: string | null;
  /** 隐患点编号，作答时使用 */
  hazardId: string;
  /** 标记（找到后才返回） */
  marker: Marker;
  /** 隐患名称 */
  name: string;
  question: QuestionResp;
  /** 正确答案（作答后） */
  rightAnswer: Array<string> | null;
  /** 本人的答案 */
  yourAnswer: Array<string> | null;
}

/** GeoJSON 点 */
export interface Geometry {
  /** [经度, 纬度]（GCJ02） */
  coordinates: Array<number>;
  type: string;
}

/** wx.requestSubscribeMessage 返回 accept 的模板 */
export interface GrantReq {
  /** 用户同意的模板 ID 列表（wx.requestSubscribeMessage 结果为 accept 的） */
  templateIds: Array<string>;
}

/** 场景 */
export interface HazardSceneResp {
  label: string;
  scene: "ENTERPRISE" | "RURAL" | "COMMUNITY" | "SCHOOL" | "FAMILY";
}

/** 提交隐患上报 */
export interface HazardSubmitReq {
  /** 隐患类别编码（见类别列表） */
  category: string;
  /** 隐患描述 */
  description: string;
  /** 旧版客户端的幂等键，已由请求头 Idempotency-Key 取代（同一个键）：不发即可；发了须与请求头一致 */
  idempotencyKey?: string;
  location: LocationReq;
  /** 照片凭证（先逐张上传），1–9 张 */
  photoTokens: Array<string>;
  /** 场景 */
  scene: "ENTERPRISE" | "RURAL" | "COMMUNITY" | "SCHOOL" | "FAMILY";
  /** 隐患所在单位（可选） */
  unitName?: string;
}

/** 历史闯关中的一个隐患点 */
export interface HistoryHazard {
  correct: boolean | null;
  explanation: string | null;
  found: boolean;
  name: string;
  question: string;
  rightAnswer: Array<string>;
  yourAnswer: Array<string> | null;
}

/** 历史闯关 */
export interface HistoryItem {
  attemptId: number;
  correctCount: number;
  foundCount: number;
  hazards: Array<HistoryHazard>;
  levelTitle: string;
  playDate: string;
  scene: "ENTERPRISE" | "RURAL" | "COMMUNITY" | "SCHOOL" | "FAMILY";
  sceneLabel: string;
  score: number;
  status: string;
}

/** 工会简要信息 */
export interface IdentityUnionBrief {
  /** 工会 ID */
  id: number;
  /** 加入时间，北京时间，不带时区 */
  joinedAt: string;
  /** 从顶级到本级的名称 */
  lineage: Array<string>;
  /** 名称 */
  name: string;
}

/** 加入工会 */
export interface JoinReq {
  /** 加入码（6 位，不区分大小写）或扫码得到的 scene */
  joinCode: string;
}

/** 位置（wx.getLocation / wx.chooseLocation 的结果） */
export interface LocationReq {
  /** 定位精度（米） */
  accuracy?: number;
  /** 地址（wx.chooseLocation 的 address） */
  address?: string;
  /** 坐标系：wgs84（wx.getLocation 默认）或 gcj02，大小写均可 */
  coordSystem: "wgs84" | "gcj02" | "WGS84" | "GCJ02";
  /** 纬度 */
  latitude: number;
  /** 经度 */
  longitude: number;
  /** 地点名称（wx.chooseLocation 的 name） */
  placeName?: string;
}

/** 位置 */
export interface LocationView {
  accuracy: number | null;
  address: string | null;
  /** GCJ02；职工端为模糊后的位置：每条上报固定地向随机方向偏移 100–150 米 */
  coordSystem: string;
  latitude: number;
  longitude: number;
  placeName: string | null;
}

/** 登录结果：之后在请求头带 Authorization: Bearer {token} */
export interface LoginResp {
  /** 有效期（秒） */
  expiresIn: number;
  /** 是否必须先修改密码（仅管理端） */
  mustChangePassword: boolean;
  /** 仅职工端：是否已同意现行《隐私保护指引》；accepted 为 false 时先展示指引（getPrivacyNotice）再请本人同意 */
  privacy: ConsentStatus | null;
  /** 登录令牌 */
  token: string;
}

/** 在图上标出已找到的隐患：以本人点中的位置为圆心画圆（不是隐患的准确区域） */
export interface Marker {
  /** 半径，以图片宽度为 1 */
  r: number;
  /** 圆心横坐标 0–1 */
  x: number;
  /** 圆心纵坐标 0–1 */
  y: number;
}

/** 职工的工会关系 */
export interface MembershipResp {
  /** 加入时间，北京时间，不带时区 */
  joinedAt: string | null;
  /** 离开时间，当前所在为空，北京时间，不带时区 */
  leftAt: string | null;
  /** 从顶级到本级的名称 */
  lineage: Array<string>;
  /** 所在工会 */
  union: UnionResp;
}

/** 一条站内消息 */
export interface MessageResp {
  body: string;
  /** 北京时间，不带时区 */
  createdAt: string;
  id: number;
  /** 类别，如 hazard.verified */
  kind: string;
  read: boolean;
  /** 关联对象编号 */
  refId: number | null;
  /** 关联对象类型，如 hazard-report */
  refType: string | null;
  title: string;
}

/** 我的上报列表项 */
export interface MyReportItem {
  categoryLabel: string;
  id: number;
  placeName: string | null;
  points: number;
  state: "PENDING" | "REJECTED" | "VERIFIED" | "RECTIFYING" | "RECTIFIED" | "CLOSED";
  stateLabel: string;
  /** 北京时间，不带时区 */
  submittedAt: string;
  thumbnailUrl: string;
}

/** 本人对一份承诺书的签署 */
export interface MySignature {
  signatureId: number;
  /** 本人签名图片的临时链接（仅本人可见）；过了保存期限图片已删除时为空 */
  signatureUrl: string | null;
  /** 北京时间，不带时区 */
  signedAt: string;
  /** 签署时的文本版本 */
  version: number;
}

/** 订阅消息模板：在提交前用 wx.requestSubscribeMessage 请求这些模板 */
export interface NoticeTemplateResp {
  key: string;
  /** 本人尚未使用的授权次数 */
  remaining: number;
  /** 模板 ID */
  templateId: string;
}

/** 选项（本次闯关专属顺序） */
export interface OptionResp {
  key: string;
  text: string;
}

/** 分页结果 */
export interface PageResultMessageResp {
  /** 本页数据 */
  items: Array<MessageResp>;
  /** 页码 */
  page: number;
  /** 每页条数 */
  size: number;
  /** 总条数 */
  total: number;
}

/** 分页结果 */
export interface PageResultMyReportItem {
  /** 本页数据 */
  items: Array<MyReportItem>;
  /** 页码 */
  page: number;
  /** 每页条数 */
  size: number;
  /** 总条数 */
  total: number;
}

/** 已上传的照片：提交上报时用 token 引用 */
export interface PhotoResp {
  /** 北京时间，不带时区 */
  expiresAt: string;
  height: number;
  /** 缩略图临时链接 */
  thumbnailUrl: string;
  /** 照片凭证，24 小时内有效 */
  token: string;
  width: number;
}

/** 照片 */
export interface PhotoView {
  /** 拍摄信息（仅审核员可见） */
  evidence: EvidenceView | null;
  height: number;
  /** 未通过内容安全审核，已隐藏 */
  hidden: boolean;
  /** 缩略图临时链接 */
  thumbnailUrl: string | null;
  /** 原图（已去除 EXIF）临时链接；未通过内容审核时为空 */
  url: string | null;
  width: number;
}

/** 本次活动 */
export interface PledgeCampaignResp {
  code: string;
  endDate: string;
  name: string;
  /** 今天是否在活动时间内 */
  open: boolean;
  startDate: string;
  theme: string;
}

/** 承诺书列表 */
export interface PledgesResp {
  campaign: PledgeCampaignResp;
  templates: Array<PledgeTemplateResp>;
}

/** 一份承诺书 */
export interface PledgeTemplateResp {
  code: string;
  /** COMMITMENT 职工安全承诺书；INITIATIVE 安全倡议书；MANAGER_COMMITMENT 企业主要负责人安全承诺践诺书 */
  kind: string;
  /** 本人的签署，未签署为空 */
  mine: MySignature | null;
  text: string;
  title: string;
  /** 文本版本 */
  version: number;
}

/** 扫码看到的活动 */
export interface PreviewResp {
  /** 北京时间，不带时区 */
  endsAt: string;
  eventTypeLabel: string;
  name: string;
  /** 签到需要定位 */
  needsLocation: boolean;
  /** 现在可以签到 */
  open: boolean;
  place: string;
  /** 本人已签到 */
  signedIn: boolean;
  /** 北京时间，不带时区 */
  startsAt: string;
  unionName: string;
}

/** 隐私保护指引：收集哪些信息、为什么、谁能看到、保存多久、如何注销 */
export interface PrivacyNoticeResp {
  /** 本人的同意情况 */
  consent: ConsentStatus;
  /** 生效日期 */
  effectiveDate: string;
  /** 正文（Markdown） */
  markdown: string;
  /** 标题 */
  title: string;
  /** 版本：同意时原样提交 */
  version: string;
}

/** 隐患点背后的题目（不含答案） */
export interface QuestionResp {
  options: Array<OptionResp>;
  text: string;
  type: "SINGLE" | "MULTIPLE" | "TRUE_FALSE";
  typeLabel: string;
}

/** 测一测作答 */
export interface QuickAnswerReq {
  /** 所选选项 */
  answer: Array<string>;
  /** 题号，从 1 开始 */
  seq: number;
}

/** 测一测作答结果 */
export interface QuickAnswerResp {
  answered: number;
  correct: boolean;
  correctCount: number;
  /** 完成的这次测试是否计入活动统计：每人每天只计前几次，之后的测试仅供学习 */
  counted: boolean;
  explanation: string | null;
  finished: boolean;
  /** 下一题，完成后为空 */
  next: QuickQuestion | null;
  rightAnswer: Array<string>;
}

/** 测一测题目（不含答案） */
export interface QuickQuestion {
  options: Array<OptionResp>;
  seq: number;
  text: string;
  /** 知识主题 */
  topic: string;
  total: number;
  type: "SINGLE" | "MULTIPLE" | "TRUE_FALSE";
  typeLabel: string;
}

/** 开始一次“安全力”测试 */
export interface QuickTestResp {
  answered: number;
  correctCount: number;
  finished: boolean;
  question: QuickQuestion;
  testId: number;
  total: number;
}

/** 活动 */
export interface QuizCampaignResp {
  endDate: string;
  name: string;
  /** 今天是否在活动时间内 */
  open: boolean;
  startDate: string;
  theme: string;
}

/** 场景与本人进度 */
export interface QuizSceneResp {
  label: string;
  levelsCleared: number;
  levelsTotal: number;
  /** 下一关标题，已全部闯过为空 */
  nextLevelTitle: string | null;
  scene: "ENTERPRISE" | "RURAL" | "COMMUNITY" | "SCHOOL" | "FAMILY";
}

/** 整改 */
export interface RectificationView {
  afterPhotos: Array<PhotoView>;
  assigneePerson: string | null;
  assigneeUnitName: string;
  deadline: string | null;
  note: string | null;
  overdue: boolean;
  /** 北京时间，不带时区 */
  rectifiedAt: string | null;
}

/** 我的隐患上报 */
export interface ReportResp {
  /** 可以确认整改结果（已整改/已办结时） */
  canConfirm: boolean;
  category: string;
  categoryLabel: string;
  /** 内容安全审核：审核中 / 通过 / 未通过 */
  contentCheck: string;
  description: string;
  /** 已合并到的隐患编号 */
  duplicateOf: number | null;
  id: number;
  level: "GENERAL" | "MAJOR" | null | null;
  levelLabel: string | null;
  location: LocationView;
  photos: Array<PhotoView>;
  /** 本条获得的积分 */
  points: number;
  rectification: RectificationView | null;
  /** 不予采纳的理由 */
  rejectReason: string | null;
  scene: "ENTERPRISE" | "RURAL" | "COMMUNITY" | "SCHOOL" | "FAMILY";
  sceneLabel: string;
  seenTooCount: number;
  state: "PENDING" | "REJECTED" | "VERIFIED" | "RECTIFYING" | "RECTIFIED" | "CLOSED";
  stateLabel: string;
  /** 北京时间，不带时区 */
  submittedAt: string;
  timeline: Array<TimelineItem>;
  unitName: string | null;
}

/** 修改后重新提交（仅被退回的作品）；不传 imageUploadId 则保留原图 */
export interface ReviseReq {
  /** 正文 */
  body?: string;
  /** 新的配图或海报的 uploadId */
  imageUploadId?: number;
  /** 标题 */
  title?: string;
  /** 科普视频链接 */
  videoUrl?: string;
}

/** 积分明细 */
export interface RewardItem {
  /** 北京时间，不带时区 */
  at: string;
  points: number;
  reason: string;
  reportId: number;
}

/** 我的随手拍积分 */
export interface RewardsResp {
  items: Array<RewardItem>;
  totalPoints: number;
}

/** “我也看到了” */
export interface SeenTooResp {
  reportId: number;
  seenTooCount: number;
}

/** 可分享的成绩卡：只展示，不换取任何次数或奖励 */
export interface ShareResp {
  campaignName: string;
  levelTitle: string;
  maxScore: number;
  playDate: string;
  sceneLabel: string;
  score: number;
  text: string;
  theme: string;
}

/** 扫码签到 */
export interface SignInReq {
  /** 定位（活动设置了签到范围时必填） */
  location?: LocationReq;
  /** 小程序码的 scene（onLoad 的 options.scene，解码后） */
  scene: string;
}

/** 签到结果 */
export interface SignInResp {
  eventId: number;
  eventTypeLabel: string;
  name: string;
  place: string;
  signInId: number;
  /** 北京时间，不带时区 */
  signedInAt: string;
}

/** 签署结果 */
export interface SignResp {
  /** 下载证书的接口路径 */
  certificatePath: string;
  signatureId: number;
  /** 北京时间，不带时区 */
  signedAt: string;
  templateCode: string;
  title: string;
}

/** 绑定工会工作账号 */
export interface StaffBindingReq {
  /** 管理后台给出的 6 位绑定码 */
  code: string;
}

/** 开始今天的关卡 */
export interface StartReq {
  /** 场景 */
  scene: "ENTERPRISE" | "RURAL" | "COMMUNITY" | "SCHOOL" | "FAMILY";
}

/** 提交结果 */
export interface SubmitResp {
  /** 附近同类、近期的上报，若是同一处可点“我也看到了” */
  likelyDuplicates: Array<DuplicateCandidate>;
  report: ReportResp;
}

/** 点击图片的位置，以图片宽高为 1 归一化 */
export interface TapReq {
  /** 横坐标 0–1，从左起 */
  x: number;
  /** 纵坐标 0–1，从上起 */
  y: number;
}

/** 点击结果：未点中时不返回任何信息 */
export interface TapResp {
  /** 点中的是此前已找到的隐患 */
  alreadyFound: boolean;
  foundCount: number;
  hazard: FoundResp | null;
  hit: boolean;
  score: number;
}

/** 打卡主题 */
export interface ThemeResp {
  /** 今天已打卡 */
  checkedInToday: boolean;
  code: string;
  description: string | null;
  endDate: string;
  /** 定位：REQUIRED 必须；OPTIONAL 可选；NONE 不需要 */
  location: "REQUIRED" | "OPTIONAL" | "NONE";
  name: string;
  /** 今天可以打卡 */
  openToday: boolean;
  /** 照片：REQUIRED 必须；OPTIONAL 可选；NONE 不需要 */
  photo: "REQUIRED" | "OPTIONAL" | "NONE";
  startDate: string;
}

/** 处理记录 */
export interface TimelineItem {
  action: string;
  actionLabel: string;
  /** 操作人：本人/举报人/审核员姓名/责任单位/系统 */
  actor: string;
  /** 时间；举报人本人操作的时刻只给可知举报人者（其他人只见日期），北京时间，不带时区 */
  at: string | null;
  /** 日期 */
  date: string;
  /** 说明；举报人写的说明只给可知举报人者 */
  note: string | null;
  toState: "PENDING" | "REJECTED" | "VERIFIED" | "RECTIFYING" | "RECTIFIED" | "CLOSED" | null | null;
  toStateLabel: string | null;
}

/** 今天 */
export interface TodayResp {
  /** 今天的闯关（进行中或已结束），没有为空 */
  attempt: AttemptResp | null;
  campaign: QuizCampaignResp | null;
  /** 已闯过的关卡数 */
  levelsCleared: number;
  /** 今天是否已挑战过 */
  playedToday: boolean;
  /** 已完成的“安全力”测试次数 */
  quickTestsTaken: number;
  scenes: Array<QuizSceneResp>;
  /** 本次活动累计积分（被标记为异常的闯关不计） */
  totalPoints: number;
}

/** 工会节点 */
export interface UnionResp {
  /** 渠道 */
  channel: "LOCAL" | "CENTRAL";
  /** 编码 */
  code: string;
  /** 层级，顶级为 0 */
  depth: number;
  /** 工会 ID */
  id: number;
  /** 是否可供职工加入（基层工会） */
  joinable: boolean;
  /** 名称 */
  name: string;
  /** 上级工会 ID，顶级为空 */
  parentId: number | null;
  /** 类型 */
  type: "CITY" | "COUNTY" | "INDUSTRY" | "DIRECT_GRASSROOTS" | "GRASSROOTS";
  /** 类型名称 */
  typeLabel: string;
}

/** 修改本人资料 */
export interface UpdateProfileReq {
  /** 姓名，1–20 字 */
  realName: string;
}

/** 已上传的图片，提交打卡或作品时引用 */
export interface UploadResp {
  height: number;
  uploadId: number;
  width: number;
}

/** 职工微信登录 */
export interface WorkerLoginReq {
  /** wx.login() 返回的 code */
  code: string;
}

/** 职工本人资料 */
export interface WorkerProfileResp {
  /** 手机号（脱敏） */
  phoneMasked: string | null;
  /** 对《隐私保护指引》的同意情况 */
  privacy: ConsentStatus;
  /** 是否以社会公众身份参与（未加入工会） */
  publicParticipant: boolean;
  /** 姓名（本人填写） */
  realName: string | null;
  /** 所在基层工会，未加入为空 */
  union: IdentityUnionBrief | null;
  /** 职工 ID */
  workerId: number;
}

/** 本人的作品 */
export interface WorkResp {
  /** 正文；内容安全检测为风险时不显示 */
  body: string | null;
  /** 内容未通过微信内容安全检测，仅审核员可见 */
  contentHidden: boolean;
  /** 配图或海报临时链接 */
  imageUrl: string | null;
  kind: string;
  kindLabel: string;
  /** 退回原因 */
  returnReason: string | null;
  /** 北京时间，不带时区 */
  reviewedAt: string | null;
  /** 第几次提交 */
  revision: number;
  /** SUBMITTED 待审核；ACCEPTED 已采用；RETURNED 已退回（可修改后重新提交） */
  status: string;
  statusLabel: string;
  /** 北京时间，不带时区 */
  submittedAt: string;
  title: string | null;
  videoUrl: string | null;
  workId: number;
}

/** 投稿 */
export interface WorkSubmitReq {
  /** 正文（家书 ≤ 800 字，征文 ≤ 5000 字，科普作品说明 ≤ 500 字） */
  body?: string;
  /** 旧版客户端的幂等键，已由请求头 Idempotency-Key 取代（同一个键）：不发即可；发了须与请求头一致 */
  clientRequestId?: string;
  /** 配图或海报的 uploadId（先调用 uploadPledgeImage） */
  imageUploadId?: number;
  /** LETTER 安全微家书；ESSAY 主题征文；SCIENCE 科普作品 */
  kind: string;
  /** 标题（征文、科普作品必填，家书不填） */
  title?: string;
  /** 科普视频链接（https，限白名单网站） */
  videoUrl?: string;
}
