#!/usr/bin/env bash
# The production jar's dependencies as CI reports them: the runtime dependency tree, the libraries the repackaged
# jar carries (BOOT-INF/lib), and a check that fails on lombok in the jar or on any library older than the version
# that fixed a known CVE (.ci/min-versions.txt; commons-lang3 >= 3.18 among them). No CVE database is reachable
# from here, so the table is the floor we know of, not a scan.
set -euo pipefail
cd "$(dirname "$0")/.."
MVN="mvn -B -ntp -q"
$MVN -DskipTests package
$MVN dependency:tree -Dscope=runtime -DoutputFile=target/dependency-tree.txt
echo "-- runtime dependency tree (target/dependency-tree.txt)"
cat target/dependency-tree.txt

JAR=$(ls target/safety-month-*.jar | grep -v '\.original$' | head -1)
unzip -Z1 "$JAR" 'BOOT-INF/lib/*' | sed -n 's|^BOOT-INF/lib/||p' | sort > target/jar-libs.txt
echo "-- $JAR carries $(wc -l < target/jar-libs.txt) libraries (target/jar-libs.txt)"
cat target/jar-libs.txt

failed=0 checked=0
if grep -q '^lombok-' target/jar-libs.txt; then
  echo "FAIL lombok is in the production jar (a compile-time tool: exclude it in spring-boot-maven-plugin)"
  failed=$((failed + 1))
fi
while read -r lib; do
  # the version starts at the first "-<digit>": lettuce-core-7.5.2.RELEASE.jar, bcprov-jdk18on-1.86.jar
  artifact=${lib%%-[0-9]*}
  [ "$artifact" != "$lib" ] || continue
  version=${lib#"$artifact"-}; version=${version%.jar}
  row=$(awk -v a="$artifact" '!/^#/ && $1 == a {print $2; for (i = 3; i <= NF; i++) printf " %s", $i; print ""}' .ci/min-versions.txt)
  [ -n "$row" ] || continue
  lowest=$(head -1 <<<"$row"); why=$(tail -1 <<<"$row")
  checked=$((checked + 1))
  if [ "$(printf '%s\n%s\n' "$lowest" "$version" | sort -V | head -1)" != "$lowest" ]; then
    echo "FAIL $artifact $version is below $lowest:$why"
    failed=$((failed + 1))
  fi
done < target/jar-libs.txt
echo "dependency check: $checked libraries held against .ci/min-versions.txt, $failed problems"
[ "$failed" -eq 0 ]
