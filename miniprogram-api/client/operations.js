// GENERATED from openapi.json by scripts/generate-client.js (`npm run generate`). Do not edit by hand:
// change the Java code, regenerate the contract (OpenApiContractIT -Dcontract.update=true), then run the script.
'use strict';

/** How to call each mini-program operation. */
const OPERATIONS = {
  "acceptPrivacyNotice": {
    "operationId": "acceptPrivacyNotice",
    "method": "POST",
    "path": "/api/app/privacy/consents",
    "auth": true,
    "body": "json",
    "response": "json",
    "idempotent": true
  },
  "answerQuickTest": {
    "operationId": "answerQuickTest",
    "method": "POST",
    "path": "/api/app/quiz/quick-tests/{testId}/answers",
    "auth": true,
    "body": "json",
    "response": "json",
    "idempotent": true
  },
  "answerQuizQuestion": {
    "operationId": "answerQuizQuestion",
    "method": "POST",
    "path": "/api/app/quiz/attempts/{attemptId}/answers",
    "auth": true,
    "body": "json",
    "response": "json",
    "idempotent": true
  },
  "appHazardMap": {
    "operationId": "appHazardMap",
    "method": "GET",
    "path": "/api/app/hazard/map",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": false
  },
  "bindMyPhone": {
    "operationId": "bindMyPhone",
    "method": "POST",
    "path": "/api/app/me/phone",
    "auth": true,
    "body": "json",
    "response": "json",
    "idempotent": true
  },
  "bindStaffWeChat": {
    "operationId": "bindStaffWeChat",
    "method": "POST",
    "path": "/api/app/me/staff-binding",
    "auth": true,
    "body": "json",
    "response": "json",
    "idempotent": true
  },
  "checkIn": {
    "operationId": "checkIn",
    "method": "POST",
    "path": "/api/app/check-ins",
    "auth": true,
    "body": "json",
    "response": "json",
    "idempotent": true
  },
  "closeMyAccount": {
    "operationId": "closeMyAccount",
    "method": "POST",
    "path": "/api/app/me/close",
    "auth": true,
    "body": "json",
    "response": "json",
    "idempotent": true
  },
  "confirmHazardFixed": {
    "operationId": "confirmHazardFixed",
    "method": "POST",
    "path": "/api/app/hazard/reports/{reportId}/confirm",
    "auth": true,
    "body": "json",
    "response": "json",
    "idempotent": true
  },
  "finishQuizLevel": {
    "operationId": "finishQuizLevel",
    "method": "POST",
    "path": "/api/app/quiz/attempts/{attemptId}/finish",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": true
  },
  "getEventByScene": {
    "operationId": "getEventByScene",
    "method": "GET",
    "path": "/api/app/events/by-scene",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": false
  },
  "getHazardReport": {
    "operationId": "getHazardReport",
    "method": "GET",
    "path": "/api/app/hazard/reports/{reportId}",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": false
  },
  "getMyPledgeHistory": {
    "operationId": "getMyPledgeHistory",
    "method": "GET",
    "path": "/api/app/me/pledge-history",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": false
  },
  "getMyProfile": {
    "operationId": "getMyProfile",
    "method": "GET",
    "path": "/api/app/me",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": false
  },
  "getPledgeCertificate": {
    "operationId": "getPledgeCertificate",
    "method": "GET",
    "path": "/api/app/pledges/signatures/{signatureId}/certificate",
    "auth": true,
    "body": null,
    "response": "binary",
    "idempotent": false
  },
  "getPrivacyNotice": {
    "operationId": "getPrivacyNotice",
    "method": "GET",
    "path": "/api/app/privacy/notice",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": false
  },
  "getQuizShareCard": {
    "operationId": "getQuizShareCard",
    "method": "GET",
    "path": "/api/app/quiz/attempts/{attemptId}/share",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": false
  },
  "getQuizToday": {
    "operationId": "getQuizToday",
    "method": "GET",
    "path": "/api/app/quiz/today",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": false
  },
  "joinUnion": {
    "operationId": "joinUnion",
    "method": "POST",
    "path": "/api/app/me/union",
    "auth": true,
    "body": "json",
    "response": "json",
    "idempotent": true
  },
  "leaveUnion": {
    "operationId": "leaveUnion",
    "method": "DELETE",
    "path": "/api/app/me/union",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": true
  },
  "listCheckInThemes": {
    "operationId": "listCheckInThemes",
    "method": "GET",
    "path": "/api/app/check-ins/themes",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": false
  },
  "listHazardCategories": {
    "operationId": "listHazardCategories",
    "method": "GET",
    "path": "/api/app/hazard/categories",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": false
  },
  "listMyCheckIns": {
    "operationId": "listMyCheckIns",
    "method": "GET",
    "path": "/api/app/check-ins",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": false
  },
  "listMyHazardReports": {
    "operationId": "listMyHazardReports",
    "method": "GET",
    "path": "/api/app/hazard/reports",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": false
  },
  "listMyHazardRewards": {
    "operationId": "listMyHazardRewards",
    "method": "GET",
    "path": "/api/app/hazard/rewards",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": false
  },
  "listMyMemberships": {
    "operationId": "listMyMemberships",
    "method": "GET",
    "path": "/api/app/me/union/history",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": false
  },
  "listMyNotices": {
    "operationId": "listMyNotices",
    "method": "GET",
    "path": "/api/app/notices",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": false
  },
  "listMyWorks": {
    "operationId": "listMyWorks",
    "method": "GET",
    "path": "/api/app/works",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": false
  },
  "listPledges": {
    "operationId": "listPledges",
    "method": "GET",
    "path": "/api/app/pledges",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": false
  },
  "listQuizHistory": {
    "operationId": "listQuizHistory",
    "method": "GET",
    "path": "/api/app/quiz/history",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": false
  },
  "listQuizScenes": {
    "operationId": "listQuizScenes",
    "method": "GET",
    "path": "/api/app/quiz/scenes",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": false
  },
  "listSubscribeTemplates": {
    "operationId": "listSubscribeTemplates",
    "method": "GET",
    "path": "/api/app/notices/subscribe-templates",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": false
  },
  "markSeenToo": {
    "operationId": "markSeenToo",
    "method": "POST",
    "path": "/api/app/hazard/reports/{reportId}/seen-too",
    "auth": true,
    "body": "json",
    "response": "json",
    "idempotent": true
  },
  "previewUnionByJoinCode": {
    "operationId": "previewUnionByJoinCode",
    "method": "GET",
    "path": "/api/app/unions/by-join-code/{joinCode}",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": false
  },
  "readMyNotice": {
    "operationId": "readMyNotice",
    "method": "POST",
    "path": "/api/app/notices/{messageId}/read",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": true
  },
  "recordSubscribeGrants": {
    "operationId": "recordSubscribeGrants",
    "method": "POST",
    "path": "/api/app/notices/subscribe-grants",
    "auth": true,
    "body": "json",
    "response": "json",
    "idempotent": true
  },
  "resubmitWork": {
    "operationId": "resubmitWork",
    "method": "PUT",
    "path": "/api/app/works/{workId}",
    "auth": true,
    "body": "json",
    "response": "json",
    "idempotent": true
  },
  "signInEvent": {
    "operationId": "signInEvent",
    "method": "POST",
    "path": "/api/app/events/sign-ins",
    "auth": true,
    "body": "json",
    "response": "json",
    "idempotent": true
  },
  "signPledge": {
    "operationId": "signPledge",
    "method": "POST",
    "path": "/api/app/pledges/{templateCode}/signatures",
    "auth": true,
    "body": "multipart",
    "response": "json",
    "idempotent": true,
    "fileField": "signature"
  },
  "startQuickTest": {
    "operationId": "startQuickTest",
    "method": "POST",
    "path": "/api/app/quiz/quick-tests",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": true
  },
  "startQuizLevel": {
    "operationId": "startQuizLevel",
    "method": "POST",
    "path": "/api/app/quiz/attempts",
    "auth": true,
    "body": "json",
    "response": "json",
    "idempotent": true
  },
  "submitHazardReport": {
    "operationId": "submitHazardReport",
    "method": "POST",
    "path": "/api/app/hazard/reports",
    "auth": true,
    "body": "json",
    "response": "json",
    "idempotent": true
  },
  "submitWork": {
    "operationId": "submitWork",
    "method": "POST",
    "path": "/api/app/works",
    "auth": true,
    "body": "json",
    "response": "json",
    "idempotent": true
  },
  "tapQuizHazard": {
    "operationId": "tapQuizHazard",
    "method": "POST",
    "path": "/api/app/quiz/attempts/{attemptId}/taps",
    "auth": true,
    "body": "json",
    "response": "json",
    "idempotent": true
  },
  "updateMyProfile": {
    "operationId": "updateMyProfile",
    "method": "PUT",
    "path": "/api/app/me",
    "auth": true,
    "body": "json",
    "response": "json",
    "idempotent": true
  },
  "uploadHazardPhoto": {
    "operationId": "uploadHazardPhoto",
    "method": "POST",
    "path": "/api/app/hazard/photos",
    "auth": true,
    "body": "multipart",
    "response": "json",
    "idempotent": true,
    "fileField": "file"
  },
  "uploadPledgeImage": {
    "operationId": "uploadPledgeImage",
    "method": "POST",
    "path": "/api/app/pledge-uploads",
    "auth": true,
    "body": "multipart",
    "response": "json",
    "idempotent": true,
    "fileField": "file"
  },
  "workerLogin": {
    "operationId": "workerLogin",
    "method": "POST",
    "path": "/api/app/auth/login",
    "auth": false,
    "body": "json",
    "response": "json",
    "idempotent": false
  },
  "workerLogout": {
    "operationId": "workerLogout",
    "method": "POST",
    "path": "/api/app/auth/logout",
    "auth": true,
    "body": null,
    "response": "json",
    "idempotent": true
  }
};

/** Every error code a mini-program operation can answer with: ERROR_CODES[8003].name === 'PLEDGE_ALREADY_SIGNED'. */
const ERROR_CODES = {
  "1000": {
    "name": "COMMON_BAD_REQUEST",
    "status": 400,
    "msg": "请求参数有误"
  },
  "1001": {
    "name": "COMMON_INVALID_FIELD",
    "status": 400,
    "msg": "字段取值无效"
  },
  "1002": {
    "name": "COMMON_MALFORMED_JSON",
    "status": 400,
    "msg": "请求体不是合法的 JSON"
  },
  "1003": {
    "name": "COMMON_BODY_TOO_LARGE",
    "status": 413,
    "msg": "请求体过大"
  },
  "1004": {
    "name": "COMMON_UNSUPPORTED_MEDIA_TYPE",
    "status": 415,
    "msg": "不支持的请求内容类型"
  },
  "1007": {
    "name": "COMMON_UNAUTHORIZED",
    "status": 401,
    "msg": "未登录或登录已过期，请重新登录"
  },
  "1009": {
    "name": "COMMON_TOO_MANY_REQUESTS",
    "status": 429,
    "msg": "操作过于频繁，请稍后再试"
  },
  "1012": {
    "name": "COMMON_IDEMPOTENCY_IN_PROGRESS",
    "status": 409,
    "msg": "同一操作正在处理，请稍候再试"
  },
  "1013": {
    "name": "COMMON_IDEMPOTENCY_KEY_REUSED",
    "status": 422,
    "msg": "字段 Idempotency-Key：已用于另一个请求，新的操作请生成新的键"
  },
  "1014": {
    "name": "COMMON_PRIVACY_CONSENT_REQUIRED",
    "status": 403,
    "msg": "请先阅读并同意《隐私保护指引》，之后才能提交手机号、姓名、位置、照片或签名"
  },
  "1021": {
    "name": "COMMON_WORKERS_ONLY",
    "status": 403,
    "msg": "该操作仅限职工在小程序中使用，工会工作人员的登录凭证不能用于此操作"
  },
  "1098": {
    "name": "COMMON_SERVICE_UNAVAILABLE",
    "status": 503,
    "msg": "服务暂时不可用，请稍后重试"
  },
  "2013": {
    "name": "IDENTITY_WORKER_NOT_FOUND",
    "status": 404,
    "msg": "职工不存在"
  },
  "2014": {
    "name": "IDENTITY_BINDING_CODE_INVALID",
    "status": 400,
    "msg": "字段 code：绑定码无效或已过期，请在管理后台重新获取"
  },
  "2031": {
    "name": "IDENTITY_PRIVACY_NOTICE_OUTDATED",
    "status": 409,
    "msg": "字段 version：《隐私保护指引》已更新，请阅读最新版本后再同意"
  },
  "2032": {
    "name": "IDENTITY_CLOSURE_NOT_CONFIRMED",
    "status": 400,
    "msg": "字段 confirmation：请输入“确认注销”四个字以确认注销账号（注销后不可恢复）"
  },
  "3003": {
    "name": "ORG_JOIN_CODE_INVALID",
    "status": 404,
    "msg": "字段 joinCode：加入码无效，请核对后重试"
  },
  "3004": {
    "name": "ORG_NOT_GRASSROOTS",
    "status": 400,
    "msg": "只能加入基层工会，请向所在单位工会索取加入码"
  },
  "3005": {
    "name": "ORG_MEMBERSHIP_CHANGED",
    "status": 409,
    "msg": "您的工会关系刚刚发生变化，请刷新后重试"
  },
  "3008": {
    "name": "ORG_NOT_A_MEMBER",
    "status": 400,
    "msg": "您当前未加入任何工会"
  },
  "3010": {
    "name": "ORG_JOIN_CODE_TRIES",
    "status": 429,
    "msg": "加入码输错次数过多"
  },
  "4001": {
    "name": "WECHAT_LOGIN_CODE_INVALID",
    "status": 400,
    "msg": "字段 code：登录凭证无效，请重新进入小程序后再试"
  },
  "4002": {
    "name": "WECHAT_LOGIN_CODE_USED",
    "status": 400,
    "msg": "字段 code：登录凭证已使用过，请重新登录"
  },
  "4003": {
    "name": "WECHAT_LOGIN_TOO_FREQUENT",
    "status": 429,
    "msg": "登录过于频繁，请一分钟后再试"
  },
  "4004": {
    "name": "WECHAT_LOGIN_BLOCKED",
    "status": 403,
    "msg": "该微信账号存在安全风险，暂时无法登录"
  },
  "4005": {
    "name": "WECHAT_BUSY",
    "status": 503,
    "msg": "微信服务繁忙，请稍后重试"
  },
  "4006": {
    "name": "WECHAT_FAILED",
    "status": 502,
    "msg": "微信服务调用失败，请稍后重试"
  },
  "4007": {
    "name": "WECHAT_PHONE_CODE_INVALID",
    "status": 400,
    "msg": "字段 code：手机号授权已失效，请重新授权"
  },
  "5001": {
    "name": "STORAGE_UNAVAILABLE",
    "status": 503,
    "msg": "文件存储暂时不可用，请稍后重试"
  },
  "5002": {
    "name": "STORAGE_IMAGE_UNSUPPORTED",
    "status": 400,
    "msg": "只支持 JPEG 或 PNG 格式的图片"
  },
  "5003": {
    "name": "STORAGE_IMAGE_TOO_LARGE",
    "status": 413,
    "msg": "图片文件过大"
  },
  "5004": {
    "name": "STORAGE_IMAGE_DIMENSIONS",
    "status": 400,
    "msg": "图片尺寸不符合要求"
  },
  "5005": {
    "name": "STORAGE_IMAGE_BROKEN",
    "status": 400,
    "msg": "图片已损坏或不完整，请重新拍摄或选择"
  },
  "5101": {
    "name": "NOTICE_MESSAGE_NOT_FOUND",
    "status": 404,
    "msg": "消息不存在"
  },
  "5102": {
    "name": "NOTICE_TEMPLATE_UNKNOWN",
    "status": 400,
    "msg": "字段 templateIds：包含未知的订阅消息模板"
  },
  "6001": {
    "name": "QUIZ_CAMPAIGN_CLOSED",
    "status": 409,
    "msg": "答题活动不在开放时间内"
  },
  "6002": {
    "name": "QUIZ_ALREADY_PLAYED_TODAY",
    "status": 409,
    "msg": "今天已经挑战过一关了，明天再来吧"
  },
  "6003": {
    "name": "QUIZ_SCENE_COMPLETED",
    "status": 409,
    "msg": "该场景的关卡已全部闯过，请选择其他场景"
  },
  "6004": {
    "name": "QUIZ_ATTEMPT_NOT_FOUND",
    "status": 404,
    "msg": "闯关记录不存在"
  },
  "6005": {
    "name": "QUIZ_ATTEMPT_CLOSED",
    "status": 409,
    "msg": "本关已结束，不能继续作答"
  },
  "6006": {
    "name": "QUIZ_HAZARD_NOT_FOUND_YET",
    "status": 409,
    "msg": "请先在图中找到这个隐患，再作答"
  },
  "6007": {
    "name": "QUIZ_ALREADY_ANSWERED",
    "status": 409,
    "msg": "这道题已经作答过了"
  },
  "6008": {
    "name": "QUIZ_BAD_ANSWER",
    "status": 400,
    "msg": "字段 answer：答案选项无效"
  },
  "6009": {
    "name": "QUIZ_TOO_FAST",
    "status": 429,
    "msg": "点得太快了，请稍后再试"
  },
  "6010": {
    "name": "QUIZ_OTHER_SCENE_OPEN",
    "status": 409,
    "msg": "今天已开始挑战其他场景的关卡，请继续完成"
  },
  "6011": {
    "name": "QUIZ_QUICK_TEST_NOT_FOUND",
    "status": 404,
    "msg": "测试记录不存在"
  },
  "6012": {
    "name": "QUIZ_QUICK_TEST_OUT_OF_ORDER",
    "status": 409,
    "msg": "请按顺序作答当前题目"
  },
  "6013": {
    "name": "QUIZ_QUICK_TEST_FINISHED",
    "status": 409,
    "msg": "本次测试已完成"
  },
  "6015": {
    "name": "QUIZ_TOO_MANY_MISSES",
    "status": 409,
    "msg": "本关未点中的次数太多，已不能继续点击，请结束本关"
  },
  "7005": {
    "name": "HAZARD_PHOTO_TOKEN_INVALID",
    "status": 400,
    "msg": "字段 photoTokens：照片不存在或已过期，请重新上传"
  },
  "7006": {
    "name": "HAZARD_PHOTO_ALREADY_USED",
    "status": 409,
    "msg": "字段 photoTokens：照片已用于其他上报，请重新上传"
  },
  "7007": {
    "name": "HAZARD_CATEGORY_UNKNOWN",
    "status": 400,
    "msg": "字段 category：隐患类别无效"
  },
  "7008": {
    "name": "HAZARD_REPORT_NOT_FOUND",
    "status": 404,
    "msg": "隐患上报不存在"
  },
  "7009": {
    "name": "HAZARD_TRANSITION_NOT_ALLOWED",
    "status": 409,
    "msg": "该隐患当前状态下不能执行此操作"
  },
  "7010": {
    "name": "HAZARD_STATE_CHANGED",
    "status": 409,
    "msg": "该隐患已被他人处理，请刷新后查看"
  },
  "7011": {
    "name": "HAZARD_ACTION_FORBIDDEN",
    "status": 403,
    "msg": "无权对该隐患执行此操作"
  },
  "7012": {
    "name": "HAZARD_OWN_REPORT",
    "status": 409,
    "msg": "这是你自己上报的隐患"
  },
  "7018": {
    "name": "HAZARD_BBOX_INVALID",
    "status": 400,
    "msg": "字段 bbox：范围无效"
  },
  "7019": {
    "name": "HAZARD_NOT_NEARBY",
    "status": 404,
    "msg": "附近没有这条隐患"
  },
  "8001": {
    "name": "PLEDGE_CAMPAIGN_CLOSED",
    "status": 409,
    "msg": "活动不在开放时间内"
  },
  "8002": {
    "name": "PLEDGE_TEMPLATE_NOT_FOUND",
    "status": 404,
    "msg": "没有这份承诺书"
  },
  "8003": {
    "name": "PLEDGE_ALREADY_SIGNED",
    "status": 409,
    "msg": "你已签署过这份承诺书，可在“我的记录”中查看证书"
  },
  "8004": {
    "name": "PLEDGE_SIGNATURE_INVALID",
    "status": 400,
    "msg": "字段 signature：签名图片无效"
  },
  "8005": {
    "name": "PLEDGE_SIGNATURE_NOT_FOUND",
    "status": 404,
    "msg": "签署记录不存在"
  },
  "8010": {
    "name": "PLEDGE_THEME_NOT_FOUND",
    "status": 404,
    "msg": "没有这个打卡主题"
  },
  "8011": {
    "name": "PLEDGE_THEME_CLOSED",
    "status": 409,
    "msg": "这个主题今天不在打卡时间内"
  },
  "8012": {
    "name": "PLEDGE_ALREADY_CHECKED_IN",
    "status": 409,
    "msg": "今天已在这个主题打过卡了"
  },
  "8013": {
    "name": "PLEDGE_PHOTO_REQUIRED",
    "status": 400,
    "msg": "字段 photoUploadId：这个主题需要上传一张照片"
  },
  "8014": {
    "name": "PLEDGE_LOCATION_REQUIRED",
    "status": 400,
    "msg": "字段 location：这个主题需要定位"
  },
  "8015": {
    "name": "PLEDGE_NOT_ASKED",
    "status": 400,
    "msg": "这个主题不收集该信息"
  },
  "8020": {
    "name": "PLEDGE_UPLOAD_INVALID",
    "status": 400,
    "msg": "字段 file：图片无效"
  },
  "8021": {
    "name": "PLEDGE_UPLOAD_NOT_FOUND",
    "status": 400,
    "msg": "图片不存在或已经用过，请重新上传"
  },
  "8030": {
    "name": "PLEDGE_WORK_INVALID",
    "status": 400,
    "msg": "作品内容不符合要求"
  },
  "8031": {
    "name": "PLEDGE_WORK_NOT_FOUND",
    "status": 404,
    "msg": "作品不存在"
  },
  "8032": {
    "name": "PLEDGE_WORK_NOT_RETURNED",
    "status": 409,
    "msg": "只有被退回的作品可以修改后重新提交"
  },
  "8041": {
    "name": "PLEDGE_EVENT_NOT_FOUND",
    "status": 404,
    "msg": "活动不存在或二维码已失效"
  },
  "8042": {
    "name": "PLEDGE_EVENT_NOT_OPEN",
    "status": 409,
    "msg": "现在不在活动签到时间内"
  },
  "8043": {
    "name": "PLEDGE_ALREADY_SIGNED_IN",
    "status": 409,
    "msg": "你已签到过这场活动"
  },
  "8044": {
    "name": "PLEDGE_OUT_OF_RANGE",
    "status": 409,
    "msg": "你不在活动地点的签到范围内"
  },
  "8047": {
    "name": "PLEDGE_SIGN_IN_CODE_EXPIRED",
    "status": 409,
    "msg": "签到码已过期，请扫描现场大屏上正在显示的二维码"
  },
  "8048": {
    "name": "PLEDGE_SIGN_IN_MODE_MISMATCH",
    "status": 409,
    "msg": "这场活动使用现场大屏上的动态签到码，固定二维码不能签到"
  }
};

/** The same codes by name, to switch on: ErrorCode.PLEDGE_ALREADY_SIGNED === 8003. */
const ErrorCode = Object.freeze(Object.fromEntries(Object.entries(ERROR_CODES).map(([code, e]) => [e.name, Number(code)])));

/** One function per operation, named after its operationId, calling through the client's core. */
function bindOperations(core) {
  return {
    /**
     * 同意所阅读版本的《隐私保护指引》（记录版本与时间；重复提交只记一次）
     * POST /api/app/privacy/consents
     * 错误码：1000 1001 1002 1003 1004 1007 1012 1013 1021 2031
     */
    acceptPrivacyNotice(body, options) {
      return core.call(OPERATIONS.acceptPrivacyNotice, [], body, options);
    },
    /**
     * 按顺序回答“安全力”测试的当前题目，返回解析和下一题
     * POST /api/app/quiz/quick-tests/{testId}/answers
     * 错误码：1000 1001 1002 1003 1004 1007 1012 1013 1021 6008 6009 6011 6012 6013
     */
    answerQuickTest(testId, body, options) {
      return core.call(OPERATIONS.answerQuickTest, [testId], body, options);
    },
    /**
     * 回答已找到隐患的题目：每题只能答一次，返回对错、正确答案与解析
     * POST /api/app/quiz/attempts/{attemptId}/answers
     * 错误码：1000 1001 1002 1003 1004 1007 1012 1013 1021 6004 6005 6006 6007 6008 6009
     */
    answerQuizQuestion(attemptId, body, options) {
      return core.call(OPERATIONS.answerQuizQuestion, [attemptId], body, options);
    },
    /**
     * 附近已核实的隐患（GeoJSON，位置模糊到约 100 米）
     * GET /api/app/hazard/map
     * 错误码：1000 1001 1003 1007 1021 7018
     */
    appHazardMap(query, options) {
      return core.call(OPERATIONS.appHazardMap, [], query, options);
    },
    /**
     * 绑定手机号（getPhoneNumber 按钮的 code，可选）
     * POST /api/app/me/phone
     * 错误码：1000 1001 1002 1003 1004 1007 1012 1013 1014 1021 2013 4001 4002 4003 4004 4005 4006 4007
     */
    bindMyPhone(body, options) {
      return core.call(OPERATIONS.bindMyPhone, [], body, options);
    },
    /**
     * 工会工作人员绑定本人微信：输入管理后台给出的绑定码，此后填报提醒以订阅消息送达
     * POST /api/app/me/staff-binding
     * 错误码：1000 1001 1002 1003 1004 1007 1009 1012 1013 1021 2014
     */
    bindStaffWeChat(body, options) {
      return core.call(OPERATIONS.bindStaffWeChat, [], body, options);
    },
    /**
     * 打卡：照片先用 uploadPledgeImage 上传，服务器加水印（主题、时间、地点）后保存
     * POST /api/app/check-ins
     * 错误码：1000 1001 1002 1003 1004 1007 1012 1013 1014 1021 5001 8010 8011 8012 8013 8014 8015 8020 8021
     */
    checkIn(body, options) {
      return core.call(OPERATIONS.checkIn, [], body, options);
    },
    /**
     * 注销账号：确认后立即删除姓名、手机号、微信绑定、签名等，所有登录失效；再次登录将是新用户
     * POST /api/app/me/close
     * 错误码：1000 1001 1002 1003 1004 1007 1012 1013 1021 2032
     */
    closeMyAccount(body, options) {
      return core.call(OPERATIONS.closeMyAccount, [], body, options);
    },
    /**
     * 举报人确认整改结果：已整改好则办结，没整改好则重新整改
     * POST /api/app/hazard/reports/{reportId}/confirm
     * 错误码：1000 1001 1002 1003 1004 1007 1012 1013 1021 5001 7008 7009 7010 7011
     */
    confirmHazardFixed(reportId, body, options) {
      return core.call(OPERATIONS.confirmHazardFixed, [reportId], body, options);
    },
    /**
     * 结束本关并查看得分
     * POST /api/app/quiz/attempts/{attemptId}/finish
     * 错误码：1000 1001 1003 1007 1012 1013 1021 5001 6004
     */
    finishQuizLevel(attemptId, options) {
      return core.call(OPERATIONS.finishQuizLevel, [attemptId], undefined, options);
    },
    /**
     * 扫码后查看活动：名称、时间、地点、是否可以签到
     * GET /api/app/events/by-scene
     * 错误码：1000 1001 1003 1007 1021 8041
     */
    getEventByScene(query, options) {
      return core.call(OPERATIONS.getEventByScene, [], query, options);
    },
    /**
     * 我的一条上报：处理进度、整改情况与处理记录
     * GET /api/app/hazard/reports/{reportId}
     * 错误码：1000 1001 1003 1007 1021 5001 7008
     */
    getHazardReport(reportId, options) {
      return core.call(OPERATIONS.getHazardReport, [reportId], undefined, options);
    },
    /**
     * 我的参与记录：签署承诺、主题打卡、作品、活动签到，最近的在前（只记录，不排名）
     * GET /api/app/me/pledge-history
     * 错误码：1000 1003 1007 1021
     */
    getMyPledgeHistory(options) {
      return core.call(OPERATIONS.getMyPledgeHistory, [], undefined, options);
    },
    /**
     * 本人资料与所在工会
     * GET /api/app/me
     * 错误码：1000 1003 1007 1021 2013
     */
    getMyProfile(options) {
      return core.call(OPERATIONS.getMyProfile, [], undefined, options);
    },
    /**
     * 承诺证书图片（PNG：标题、姓名、工会、日期、签名、活动小程序码），仅本人可取
     * GET /api/app/pledges/signatures/{signatureId}/certificate
     * 错误码：1000 1001 1003 1007 1021 4001 4002 4003 4004 4005 4006 5001 8005
     */
    getPledgeCertificate(signatureId, options) {
      return core.call(OPERATIONS.getPledgeCertificate, [signatureId], undefined, options);
    },
    /**
     * 现行《隐私保护指引》全文及本人是否已同意
     * GET /api/app/privacy/notice
     * 错误码：1000 1003 1007 1021
     */
    getPrivacyNotice(options) {
      return core.call(OPERATIONS.getPrivacyNotice, [], undefined, options);
    },
    /**
     * 成绩分享卡（仅展示，分享不增加任何次数）
     * GET /api/app/quiz/attempts/{attemptId}/share
     * 错误码：1000 1001 1003 1007 1021 6004 6005
     */
    getQuizShareCard(attemptId, options) {
      return core.call(OPERATIONS.getQuizShareCard, [attemptId], undefined, options);
    },
    /**
     * 今天：活动信息、今天的关卡、各场景进度、累计积分
     * GET /api/app/quiz/today
     * 错误码：1000 1003 1007 1021 5001
     */
    getQuizToday(options) {
      return core.call(OPERATIONS.getQuizToday, [], undefined, options);
    },
    /**
     * 凭加入码或扫码加入基层工会（已在其他工会则转入，历史保留）
     * POST /api/app/me/union
     * 错误码：1000 1001 1002 1003 1004 1007 1012 1013 1021 3003 3004 3005 3010
     */
    joinUnion(body, options) {
      return core.call(OPERATIONS.joinUnion, [], body, options);
    },
    /**
     * 退出当前工会，以社会公众身份参与
     * DELETE /api/app/me/union
     * 错误码：1000 1003 1007 1012 1013 1021 3005 3008
     */
    leaveUnion(options) {
      return core.call(OPERATIONS.leaveUnion, [], undefined, options);
    },
    /**
     * 打卡主题：日期、是否需要照片和定位、今天是否已打卡
     * GET /api/app/check-ins/themes
     * 错误码：1000 1003 1007 1021
     */
    listCheckInThemes(options) {
      return core.call(OPERATIONS.listCheckInThemes, [], undefined, options);
    },
    /**
     * 隐患类别与场景
     * GET /api/app/hazard/categories
     * 错误码：1000 1003 1007 1021
     */
    listHazardCategories(options) {
      return core.call(OPERATIONS.listHazardCategories, [], undefined, options);
    },
    /**
     * 我的打卡记录（最近的在前）
     * GET /api/app/check-ins
     * 错误码：1000 1003 1007 1021 5001
     */
    listMyCheckIns(options) {
      return core.call(OPERATIONS.listMyCheckIns, [], undefined, options);
    },
    /**
     * 我的隐患上报
     * GET /api/app/hazard/reports
     * 错误码：1000 1001 1003 1007 1021 5001
     */
    listMyHazardReports(query, options) {
      return core.call(OPERATIONS.listMyHazardReports, [], query, options);
    },
    /**
     * 我的随手拍积分明细
     * GET /api/app/hazard/rewards
     * 错误码：1000 1003 1007 1021
     */
    listMyHazardRewards(options) {
      return core.call(OPERATIONS.listMyHazardRewards, [], undefined, options);
    },
    /**
     * 我的工会关系历史（最近的在前）
     * GET /api/app/me/union/history
     * 错误码：1000 1003 1007 1021
     */
    listMyMemberships(options) {
      return core.call(OPERATIONS.listMyMemberships, [], undefined, options);
    },
    /**
     * 我的消息：审核进度、整改结果等，新消息在前
     * GET /api/app/notices
     * 错误码：1000 1001 1003 1007 1021
     */
    listMyNotices(query, options) {
      return core.call(OPERATIONS.listMyNotices, [], query, options);
    },
    /**
     * 我的作品及审核结果（最近的在前）
     * GET /api/app/works
     * 错误码：1000 1003 1007 1021 5001
     */
    listMyWorks(options) {
      return core.call(OPERATIONS.listMyWorks, [], undefined, options);
    },
    /**
     * 本次活动的承诺书（全文）及本人签署情况
     * GET /api/app/pledges
     * 错误码：1000 1003 1007 1021 5001
     */
    listPledges(options) {
      return core.call(OPERATIONS.listPledges, [], undefined, options);
    },
    /**
     * 我的闯关记录：每关得分、题目解析
     * GET /api/app/quiz/history
     * 错误码：1000 1003 1007 1021
     */
    listQuizHistory(options) {
      return core.call(OPERATIONS.listQuizHistory, [], undefined, options);
    },
    /**
     * 五个场景及本人闯关进度
     * GET /api/app/quiz/scenes
     * 错误码：1000 1003 1007 1021
     */
    listQuizScenes(options) {
      return core.call(OPERATIONS.listQuizScenes, [], undefined, options);
    },
    /**
     * 可订阅的消息模板及本人剩余授权次数（提交前据此调用 wx.requestSubscribeMessage）
     * GET /api/app/notices/subscribe-templates
     * 错误码：1000 1003 1007 1021
     */
    listSubscribeTemplates(options) {
      return core.call(OPERATIONS.listSubscribeTemplates, [], undefined, options);
    },
    /**
     * “我也看到了”：在隐患附近时为已有上报补充一次目击（不重复计分）
     * POST /api/app/hazard/reports/{reportId}/seen-too
     * 错误码：1000 1001 1002 1003 1004 1007 1012 1013 1014 1021 7012 7019
     */
    markSeenToo(reportId, body, options) {
      return core.call(OPERATIONS.markSeenToo, [reportId], body, options);
    },
    /**
     * 按加入码预览工会（加入前确认名称）；预览与加入合计每小时至多输错 10 次
     * GET /api/app/unions/by-join-code/{joinCode}
     * 错误码：1000 1001 1003 1007 1021 3003 3004 3010
     */
    previewUnionByJoinCode(joinCode, options) {
      return core.call(OPERATIONS.previewUnionByJoinCode, [joinCode], undefined, options);
    },
    /**
     * 把一条消息标为已读
     * POST /api/app/notices/{messageId}/read
     * 错误码：1000 1001 1003 1007 1012 1013 1021 5101
     */
    readMyNotice(messageId, options) {
      return core.call(OPERATIONS.readMyNotice, [messageId], undefined, options);
    },
    /**
     * 上报用户在 wx.requestSubscribeMessage 中同意的模板：每同意一次可收一条
     * POST /api/app/notices/subscribe-grants
     * 错误码：1000 1001 1002 1003 1004 1007 1012 1013 1021 5102
     */
    recordSubscribeGrants(body, options) {
      return core.call(OPERATIONS.recordSubscribeGrants, [], body, options);
    },
    /**
     * 修改被退回的作品并重新提交（仍是同一件作品）
     * PUT /api/app/works/{workId}
     * 错误码：1000 1001 1002 1003 1004 1007 1012 1013 1021 5001 8001 8021 8030 8031 8032
     */
    resubmitWork(workId, body, options) {
      return core.call(OPERATIONS.resubmitWork, [workId], body, options);
    },
    /**
     * 扫码签到：每场活动一次，须在签到时间内（设置了范围时须在范围内）
     * POST /api/app/events/sign-ins
     * 错误码：1000 1001 1002 1003 1004 1007 1012 1013 1014 1021 8014 8041 8042 8043 8044 8047 8048
     */
    signInEvent(body, options) {
      return core.call(OPERATIONS.signInEvent, [], body, options);
    },
    /**
     * 手写签名并签署（wx.uploadFile 上传画布导出的 PNG，字段名 signature）；每份承诺书只能签署一次
     * POST /api/app/pledges/{templateCode}/signatures
     * 错误码：1000 1001 1003 1004 1007 1012 1013 1014 1021 1098 5001 5002 5003 5004 5005 8001 8002 8003 8004
     */
    signPledge(templateCode, file, options) {
      return core.call(OPERATIONS.signPledge, [templateCode], file, options);
    },
    /**
     * 开始一次“测测你的安全力”：题库随机 10 题，不限次数
     * POST /api/app/quiz/quick-tests
     * 错误码：1000 1003 1007 1009 1012 1013 1021 6001
     */
    startQuickTest(options) {
      return core.call(OPERATIONS.startQuickTest, [], undefined, options);
    },
    /**
     * 开始（或继续）今天的关卡：每天只能挑战一关
     * POST /api/app/quiz/attempts
     * 错误码：1000 1001 1002 1003 1004 1007 1012 1013 1021 5001 6001 6002 6003 6010
     */
    startQuizLevel(body, options) {
      return core.call(OPERATIONS.startQuizLevel, [], body, options);
    },
    /**
     * 提交隐患上报（照片凭证 1–9 张）；同一幂等键重试只生成一条，返回附近可能重复的上报
     * POST /api/app/hazard/reports
     * 错误码：1000 1001 1002 1003 1004 1007 1009 1012 1013 1014 1021 5001 7005 7006 7007 7010
     */
    submitHazardReport(body, options) {
      return core.call(OPERATIONS.submitHazardReport, [], body, options);
    },
    /**
     * 投稿：经微信内容安全检测后交本工会审核；图片先用 uploadPledgeImage 上传
     * POST /api/app/works
     * 错误码：1000 1001 1002 1003 1004 1007 1012 1013 1021 5001 8001 8021 8030 8031
     */
    submitWork(body, options) {
      return core.call(OPERATIONS.submitWork, [], body, options);
    },
    /**
     * 在图中点击：点中隐患即出现一道题（不含答案），未点中不返回任何信息
     * POST /api/app/quiz/attempts/{attemptId}/taps
     * 错误码：1000 1001 1002 1003 1004 1007 1012 1013 1021 6004 6005 6009 6015
     */
    tapQuizHazard(attemptId, body, options) {
      return core.call(OPERATIONS.tapQuizHazard, [attemptId], body, options);
    },
    /**
     * 填写本人姓名（供所在工会核对会员）
     * PUT /api/app/me
     * 错误码：1000 1001 1002 1003 1004 1007 1012 1013 1014 1021 2013
     */
    updateMyProfile(body, options) {
      return core.call(OPERATIONS.updateMyProfile, [], body, options);
    },
    /**
     * 上传一张隐患照片（wx.uploadFile，字段名 file，JPEG/PNG，≤10 MB），返回照片凭证
     * POST /api/app/hazard/photos
     * 错误码：1000 1001 1003 1004 1007 1009 1012 1013 1014 1021 1098 5001 5002 5003 5004 5005
     */
    uploadHazardPhoto(file, options) {
      return core.call(OPERATIONS.uploadHazardPhoto, [], file, options);
    },
    /**
     * 上传一张照片（wx.uploadFile，字段名 file，JPEG/PNG，≤ 10 MB），返回 uploadId 供打卡或作品引用，只能用一次
     * POST /api/app/pledge-uploads
     * 错误码：1000 1001 1003 1004 1007 1009 1012 1013 1014 1021 1098 5001 5002 5003 5004 5005
     */
    uploadPledgeImage(file, options) {
      return core.call(OPERATIONS.uploadPledgeImage, [], file, options);
    },
    /**
     * 微信登录：用 wx.login 的 code 换取登录令牌
     * POST /api/app/auth/login
     * 错误码：1000 1001 1002 1003 1004 4001 4002 4003 4004 4005 4006
     */
    workerLogin(body, options) {
      return core.call(OPERATIONS.workerLogin, [], body, options);
    },
    /**
     * 退出登录（令牌立即失效）
     * POST /api/app/auth/logout
     * 错误码：1000 1003 1007 1012 1013 1021
     */
    workerLogout(options) {
      return core.call(OPERATIONS.workerLogout, [], undefined, options);
    },
  };
}

module.exports = { OPERATIONS, ERROR_CODES, ErrorCode, bindOperations };
