package cn.safetymonth.common.openapi;

import cn.safetymonth.common.CommonErrorCodes;
import cn.safetymonth.common.ErrorCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpStatus;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The error codes of an endpoint are read from what its handler can reach: calls, lambdas, beans behind interfaces. */
class ErrorCodeReachTest {

    static final class SampleCodes {
        static final ErrorCode DIRECT = new ErrorCode(9901, HttpStatus.CONFLICT, "直接抛出");
        static final ErrorCode IN_LAMBDA = new ErrorCode(9902, HttpStatus.BAD_REQUEST, "在 lambda 中抛出");
        static final ErrorCode BEHIND_INTERFACE = new ErrorCode(9903, HttpStatus.NOT_FOUND, "接口实现中抛出");
        static final ErrorCode UNREACHED = new ErrorCode(9904, HttpStatus.GONE, "没有调用");
    }

    interface Lookup {
        String find(long id);
    }

    static final class DbLookup implements Lookup {
        @Override
        public String find(long id) {
            throw SampleCodes.BEHIND_INTERFACE.exception();
        }
    }

    static final class Service {
        private final Lookup lookup;

        Service(Lookup lookup) {
            this.lookup = lookup;
        }

        String act(long id) {
            if (id < 0) {
                throw SampleCodes.DIRECT.exception();
            }
            Supplier<String> later = () -> {
                throw SampleCodes.IN_LAMBDA.exception("字段 id：无效");
            };
            return id == 0 ? later.get() : lookup.find(id);
        }

        void unused() {
            throw SampleCodes.UNREACHED.exception();
        }
    }

    static final class Controller {
        private final Service service = new Service(new DbLookup());

        String get(long id) {
            return service.act(id);
        }

        String plain() {
            return "ok";
        }

        void unauthorised() {
            throw CommonErrorCodes.UNAUTHORIZED.exception();
        }
    }

    private final StaticListableBeanFactory beans = new StaticListableBeanFactory();
    private final ErrorCodeReach reach = new ErrorCodeReach(beans, getClass().getClassLoader());

    @Test
    void findsTheCodesOfEverythingTheHandlerCallsAndNothingElse() throws Exception {
        beans.addBean("lookup", new DbLookup());

        var found = reach.of(Controller.class.getDeclaredMethod("get", long.class));

        assertThat(found).extracting(f -> f.code().code()).containsExactly(9901, 9902, 9903);
        assertThat(found).extracting(ErrorCodeReach.Found::constant)
                .containsExactly("ErrorCodeReachTest$SampleCodes.DIRECT", "ErrorCodeReachTest$SampleCodes.IN_LAMBDA",
                        "ErrorCodeReachTest$SampleCodes.BEHIND_INTERFACE");
    }

    @Test
    void aHandlerThatThrowsNothingHasNoCodes() throws Exception {
        assertThat(reach.of(Controller.class.getDeclaredMethod("plain"))).isEmpty();
        assertThat(reach.of(Controller.class.getDeclaredMethod("unauthorised")))
                .extracting(f -> f.code().code()).containsExactly(1007);
    }
}
