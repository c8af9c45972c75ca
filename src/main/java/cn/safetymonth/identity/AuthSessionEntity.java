package cn.safetymonth.identity;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

import java.time.LocalDateTime;

/** One session: the SHA-256 of its bearer token, whose it is, until when (the database's time). */
@Getter
@Setter
@TableName("auth_session")
class AuthSessionEntity {

    /** Whose token it is: a worker's (mini-program) or a staff account's (console). */
    enum Kind { WORKER, ADMIN }

    @TableId(type = IdType.INPUT)
    private String tokenHash;
    private Kind ownerKind;
    private Long ownerId;
    private LocalDateTime createdAt;
    private LocalDateTime expiresAt;
}
