package cn.safetymonth.identity;

import cn.safetymonth.audit.AuditLog;
import cn.safetymonth.common.web.IdempotencyStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Optional;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The HTTP contract of the worker login endpoints: envelope, validation messages, auth. */
@WebMvcTest(AppAuthController.class)
class AppAuthControllerWebTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StaffBindingService bindings;
    @MockitoBean
    WorkerService workers;
    @MockitoBean
    TokenStore tokens;
    @MockitoBean
    AdminAuthService admins;
    @MockitoBean
    ConsentService consents;
    @MockitoBean
    AccountClosureService closures;
    /** The Idempotency-Key filter's store (and its transaction); these requests carry no key. */
    @MockitoBean
    IdempotencyStore idempotency;
    /** The audit interceptor's log (the slice loads every interceptor); no audited endpoint is called here. */
    @MockitoBean
    AuditLog audit;

    @Test
    void loginAnswersTheTokenInTheEnvelope() throws Exception {
        when(workers.login("081abc")).thenReturn(new IdentityWeb.LoginResp("tok", 2592000, false));

        mvc.perform(post("/api/app/auth/login").contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"081abc\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(0))
                .andExpect(jsonPath("$.msg").value("成功"))
                .andExpect(jsonPath("$.data.token").value("tok"))
                .andExpect(header().exists("X-Request-Id"));
    }

    @Test
    void aBlankCodeIsNamedInChineseAndNeverReachesTheService() throws Exception {
        mvc.perform(post("/api/app/auth/login").contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(1001))
                .andExpect(jsonPath("$.msg").value("字段 code：不能为空"));
        verifyNoInteractions(workers);
    }

    @Test
    void profileWithoutATokenIs401InTheEnvelope() throws Exception {
        mvc.perform(get("/api/app/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value(1007));
    }

    @Test
    void profileWithAValidTokenIsTheCallersOwn() throws Exception {
        when(tokens.workerOf(anyString())).thenReturn(Optional.of(42L));
        when(workers.profile(42L)).thenReturn(new IdentityWeb.WorkerProfileResp(42L, null, null, true, null, null));

        mvc.perform(get("/api/app/me").header("Authorization", "Bearer abc"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.workerId").value(42))
                .andExpect(jsonPath("$.data.publicParticipant").value(true));
    }

    @Test
    void anUnexpectedFailureIsA500WithARequestIdAndNoInternals() throws Exception {
        when(workers.login("boom")).thenThrow(new IllegalStateException("jdbc:mysql://secret-host/db password=hunter2"));

        mvc.perform(post("/api/app/auth/login").contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"boom\"}"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value(1099))
                .andExpect(jsonPath("$.msg").value(org.hamcrest.Matchers.matchesPattern("服务器内部错误，请稍后重试（请求号 [0-9a-f]{16}）")));
    }
}
