package cn.safetymonth.pledge;

import java.util.List;

/** Each part of the pledge module lists its own acts of a worker; the history puts them together. */
public interface ActSource {

    List<Act> actsOf(long workerId);
}
