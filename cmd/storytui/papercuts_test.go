package main

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// A search that finds nothing, into a pipe, says so on stderr (it printed
// nothing at all); stdout stays empty for the script.
func TestSearchNoHitsSaysSoOnStderr(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"search", "zzqxv"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d, stderr: %s", code, stderr.String())
	}
	if stdout.Len() != 0 {
		t.Errorf("stdout: %q", stdout.String())
	}
	if !strings.Contains(stderr.String(), `no articles match "zzqxv"`) {
		t.Errorf("stderr does not say nothing matched: %q", stderr.String())
	}
	stderr.Reset()
	if code := run([]string{"search", "Kislyak"}, &stdout, &stderr); code != 0 || strings.Contains(stderr.String(), "no articles") {
		t.Errorf("a search with hits: exit %d, stderr %q", code, stderr.String())
	}
}

// storytui --help lists each flag of the explorer once, --query too.
func TestExplorerHelpListsFlagsOnce(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"--help"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d", code)
	}
	help := stdout.String() + stderr.String()
	for _, f := range []string{"index", "reindex", "watch", "query"} {
		if n := strings.Count(help, "\n  --"+f+" ") + strings.Count(help, "\n  -"+f+" "); n != 1 {
			t.Errorf("--help names -%s %d times, want once:\n%s", f, n, help)
		}
	}
}

// The searches of a session are kept per index for the next one.
func TestHistoryFileRoundTrip(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	a, err := historyFile(filepath.Join(t.TempDir(), "a"))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := historyFile(filepath.Join(t.TempDir(), "b"))
	builtin, _ := historyFile("")
	if a == b || a == builtin {
		t.Fatalf("two indexes share a history file: %s %s %s", a, b, builtin)
	}
	if got := loadHistory(a); got != nil {
		t.Errorf("a first session recalls %q", got)
	}
	want := []string{"kislyak", `person:"nancy pelosi"`, "sessions -trump"}
	if err := saveHistory(a, append(want, "", "two\nlines")); err != nil {
		t.Fatal(err)
	}
	if got := loadHistory(a); !slices.Equal(got, want) {
		t.Errorf("loadHistory = %q, want %q", got, want)
	}
	if got := loadHistory(builtin); got != nil {
		t.Errorf("another index recalls %q", got)
	}
}
