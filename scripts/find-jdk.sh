# Sourced by ./binnenhof and ./run-tests: sets BINNENHOF_JDK to a JDK (with javac) of version 21 or newer.
# Looks at $BINNENHOF_JAVA_HOME, $JAVA_HOME, the javac on PATH, and the system's JVM folders; takes the newest.

jdk_version() { # prints the major version of the JDK in $1, or nothing
  local release="$1/release" v=""
  [ -x "$1/bin/javac" ] || return 0
  if [ -f "$release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
  fi
  if [ -z "$v" ]; then
    v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
  fi
  echo "$v"
}

find_jdk() {
  local best="" best_v=0 d v candidates=()
  [ -n "${BINNENHOF_JAVA_HOME:-}" ] && candidates+=("$BINNENHOF_JAVA_HOME")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for d in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$d" ] && candidates+=("$d")
  done
  for d in "${candidates[@]}"; do
    v=$(jdk_version "$d")
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then
      best="$d"; best_v="$v"
    fi
  done
  if [ -z "$best" ]; then
    echo "binnenhof: no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm)." >&2
    echo "  Install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21/25, or set BINNENHOF_JAVA_HOME." >&2
    return 1
  fi
  BINNENHOF_JDK="$best"
}

require_maven() {
  if ! command -v mvn >/dev/null 2>&1; then
    echo "binnenhof: Maven (mvn) is needed to build; install it, e.g. 'apt-get install maven'." >&2
    return 1
  fi
}
