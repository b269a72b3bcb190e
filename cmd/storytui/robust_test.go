package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"storytui/internal/index"
)

// Index safety and pipes, through the real binary: a build killed with
// SIGKILL, two storytui processes on one index, a damaged index, a write
// error while indexing, output into a closed pipe, no terminal on stdin.

var (
	robustBin     string
	robustBinErr  error
	robustBinOnce sync.Once
)

// TestMain removes the binary robustBinary built: it is shared by many
// tests, so no one test's TempDir can own it, and every run of the
// package used to leave 35 MB behind in the system's temporary directory.
func TestMain(m *testing.M) {
	code := m.Run()
	if robustBin != "" {
		os.RemoveAll(filepath.Dir(robustBin))
	}
	os.Exit(code)
}

// robustBinary builds storytui once for all the tests of this file.
func robustBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the real binary; skipped in -short mode")
	}
	robustBinOnce.Do(func() {
		dir, err := os.MkdirTemp("", "storytui-robust-")
		if err != nil {
			robustBinErr = err
			return
		}
		robustBin = filepath.Join(dir, "storytui")
		cmd := exec.Command("go", "build", "-o", robustBin, ".")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			robustBinErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if robustBinErr != nil {
		t.Fatal(robustBinErr)
	}
	return robustBin
}

// corpusFiles writes files JSON Lines files of per articles each under
// dir, named prefix-N.jsonl, and returns the ids written.
func corpusFiles(t *testing.T, dir, prefix string, files, per int) []string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for f := range files {
		var b strings.Builder
		for i := range per {
			id := fmt.Sprintf("%s-%d-%04d", prefix, f, i)
			ids = append(ids, id)
			text := strings.Repeat(fmt.Sprintf("Senator Jane Doe said on Tuesday that harbour bill %s would pass, and critics from district %d disagreed. \"We will fight it,\" said Mayor John Roe. ", id, i%40), 4)
			rec, _ := json.Marshal(map[string]string{"id": id, "title": "Harbour bill " + id, "date": fmt.Sprintf("2017-03-%02d", 1+i%28), "source": "Example Times", "text": text})
			b.Write(rec)
			b.WriteByte('\n')
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%s-%d.jsonl", prefix, f)), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	slices.Sort(ids)
	return ids
}

// storytui runs the binary to the end and returns stdout, stderr and the
// exit status.
func storytui(t *testing.T, bin string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "XDG_CACHE_HOME="+t.TempDir())
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run %v: %v", args, err)
	}
	return stdout.String(), stderr.String(), code
}

// listing is every article id in the index (the empty query lists all),
// sorted, after bringing the index in step with corpus.
func listing(t *testing.T, bin, idx string, corpus ...string) ([]string, string) {
	t.Helper()
	out, errOut, code := storytui(t, bin, append([]string{"search", "--json", "--limit", "1000000", "--index", idx, ""}, corpus...)...)
	if code != 0 {
		t.Fatalf("listing: exit %d, stderr:\n%s", code, errOut)
	}
	var got []string
	for _, o := range jsonLines(t, out) {
		got = append(got, o["id"].(string))
	}
	slices.Sort(got)
	return got, errOut
}

// indexedCorpus writes files corpus files of per articles each (prefix
// "a") under dir/corpus and indexes them in dir/idx, the starting point
// of most tests here; it returns both paths and the article ids.
func indexedCorpus(t *testing.T, bin, dir string, files, per int) (corpus, idx string, ids []string) {
	t.Helper()
	corpus, idx = filepath.Join(dir, "corpus"), filepath.Join(dir, "idx")
	ids = corpusFiles(t, corpus, "a", files, per)
	listing(t, bin, idx, corpus)
	return corpus, idx, ids
}

// sameIDs fails with what is missing and what is duplicated or extra.
func sameIDs(t *testing.T, got, want []string) {
	t.Helper()
	if slices.Equal(got, want) {
		return
	}
	count := map[string]int{}
	for _, id := range got {
		count[id]++
	}
	var missing, dup, extra []string
	for _, id := range want {
		if count[id] == 0 {
			missing = append(missing, id)
		}
		if count[id] > 1 {
			dup = append(dup, id)
		}
		delete(count, id)
	}
	for id := range count {
		extra = append(extra, id)
	}
	t.Errorf("%d articles listed, want %d: %d missing (%.5v), %d duplicated (%.5v), %d unexpected (%.5v)",
		len(got), len(want), len(missing), missing, len(dup), dup, len(extra), extra)
}

// killMidBuild starts a build and sends SIGKILL delay after its first
// progress line; it reports whether the build was still running then.
func killMidBuild(t *testing.T, bin string, delay time.Duration, args ...string) bool {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "XDG_CACHE_HOME="+t.TempDir())
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	first := make(chan struct{})
	go func() {
		r := bufio.NewReader(stderr)
		r.ReadString('\n')
		close(first)
		io.Copy(io.Discard, r)
	}()
	select {
	case <-first:
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatal("no progress line in 30 s")
	}
	time.Sleep(delay)
	killed := cmd.Process.Signal(syscall.SIGKILL) == nil
	err = cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return killed
	}
	if err != nil {
		t.Fatalf("build failed before the kill: %v", err)
	}
	return false
}

func TestKill9MidBuildLosesNothing(t *testing.T) {
	bin := robustBinary(t)
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	idx := filepath.Join(dir, "idx")
	want := corpusFiles(t, corpus, "a", 5, 400)

	// Killed early (first batches in flight), then killed again later.
	killedOnce := false
	for _, d := range []time.Duration{0, 700 * time.Millisecond} {
		if killMidBuild(t, bin, d, "search", "--index", idx, "x", corpus) {
			killedOnce = true
		}
	}
	if !killedOnce {
		t.Log("every build finished before its kill: this machine is too fast for the case")
	}
	got, _ := listing(t, bin, idx, corpus)
	sameIDs(t, got, want)

	// An update killed while it replaces a changed file and drops a
	// removed one: afterwards the index holds exactly the new files.
	for _, f := range []string{"a-2.jsonl", "a-4.jsonl"} {
		if err := os.Remove(filepath.Join(corpus, f)); err != nil {
			t.Fatal(err)
		}
	}
	want = slices.DeleteFunc(want, func(id string) bool { return strings.HasPrefix(id, "a-2-") || strings.HasPrefix(id, "a-4-") })
	want = append(want, corpusFiles(t, corpus, "b", 3, 400)...)
	slices.Sort(want)
	killMidBuild(t, bin, 0, "search", "--index", idx, "x", corpus)
	got, _ = listing(t, bin, idx, corpus)
	sameIDs(t, got, want)
}

func TestSecondProcessOnSameIndex(t *testing.T) {
	bin := robustBinary(t)
	corpus, idx, want := indexedCorpus(t, bin, t.TempDir(), 2, 200)

	// Another process holds the index (as a build or an explorer does).
	held, err := index.Open(idx)
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"search", "--index", idx, "harbour", corpus},
		{"people", "--reindex", "--index", idx, corpus},
	} {
		start := time.Now()
		out, errOut, code := storytui(t, bin, args...)
		if code != 1 || out != "" {
			t.Errorf("%v: exit %d, stdout %q; want 1 and nothing", args, code, out)
		}
		if !strings.Contains(errOut, "in use by another storytui") || !strings.Contains(errOut, idx) {
			t.Errorf("%v: message %q does not say the index is in use and where", args, errOut)
		}
		if took := time.Since(start); took > 20*time.Second {
			t.Errorf("%v: took %s to give up", args, took)
		}
	}
	if n, err := held.Count(); err != nil || n != uint64(len(want)) {
		t.Errorf("the holder's index has %d articles (%v), want %d: --reindex touched it", n, err, len(want))
	}
	if err := held.Close(); err != nil {
		t.Fatal(err)
	}
	got, errOut := listing(t, bin, idx, corpus)
	sameIDs(t, got, want)
	if strings.Contains(errOut, "indexed") {
		t.Errorf("the index was rebuilt after the refused runs: %s", errOut)
	}

	// Two real processes: a second one started during the first's build
	// either waits for it or says the index is in use; the index ends up
	// whole either way.
	want = append(want, corpusFiles(t, corpus, "c", 4, 500)...)
	slices.Sort(want)
	first := exec.Command(bin, "search", "--index", idx, "x", corpus)
	stderr, _ := first.StderrPipe()
	if err := first.Start(); err != nil {
		t.Fatal(err)
	}
	bufio.NewReader(stderr).ReadString('\n')
	_, errOut, code := storytui(t, bin, "search", "--index", idx, "x", corpus)
	if code != 0 && !strings.Contains(errOut, "in use by another storytui") {
		t.Errorf("second process: exit %d, %q", code, errOut)
	}
	go io.Copy(io.Discard, stderr)
	if err := first.Wait(); err != nil {
		t.Errorf("first process: %v", err)
	}
	got, _ = listing(t, bin, idx, corpus)
	sameIDs(t, got, want)
}

// TestDamagedIndexIsRebuilt damages a built index in the ways a crash, a
// full disk or an older storytui leave it, and checks the next run
// detects it, rebuilds it and loses nothing.
func TestDamagedIndexIsRebuilt(t *testing.T) {
	bin := robustBinary(t)
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	want := corpusFiles(t, corpus, "a", 2, 200)
	pristine := filepath.Join(dir, "pristine")
	listing(t, bin, pristine, corpus)

	// segment is the largest segment file, its size, and so where its
	// data (not its header or footer) lies.
	segment := func(idx string) (string, int64) {
		segs, _ := filepath.Glob(filepath.Join(idx, "bleve", "store", "*.zap"))
		best, size := "", int64(0)
		for _, p := range segs {
			if info, err := os.Stat(p); err == nil && info.Size() > size {
				best, size = p, info.Size()
			}
		}
		if best == "" {
			t.Fatal("no segment files in the index")
		}
		return best, size
	}
	tests := []struct {
		name   string
		damage func(idx string)
		// said is what the run must print about the index it rebuilds;
		// "" for a people table, which is rebuilt from the index itself
		// without reading any article again.
		said string
	}{
		{"manifest garbage", func(idx string) { writeBytes(t, filepath.Join(idx, "manifest.json"), []byte("{garb")) }, "was damaged (manifest: "},
		{"manifest missing", func(idx string) { os.Remove(filepath.Join(idx, "manifest.json")) }, "was damaged (its manifest is missing)"},
		{"older version", func(idx string) { setManifestVersion(t, idx, 1) }, "was built by another version of storytui (index format 1,"},
		{"index_meta garbage", func(idx string) { writeBytes(t, filepath.Join(idx, "bleve", "index_meta.json"), []byte("xx")) }, "was damaged ("},
		{"root.bolt garbage", func(idx string) { scramble(t, filepath.Join(idx, "bleve", "store", "root.bolt"), 0, 1<<20) }, "was damaged ("},
		{"segment truncated", func(idx string) { p, _ := segment(idx); os.Truncate(p, 1000) }, "was damaged ("},
		{"segment missing", func(idx string) { p, _ := segment(idx); os.Remove(p) }, "was damaged ("},
		// Bleve panics opening this one, or fails to read what the
		// junk replaced (the mapping, a dictionary): which depends on
		// how the build laid the segment out, so any damage report will do.
		{"segment data scrambled", func(idx string) { p, n := segment(idx); scramble(t, p, n/4, n/2) }, "was damaged ("},
		{"people table garbage", func(idx string) { scramble(t, filepath.Join(idx, "people.bin"), 0, 5000) }, ""},
		{"bleve directory missing", func(idx string) { os.RemoveAll(filepath.Join(idx, "bleve")) }, "was damaged ("},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			idx := filepath.Join(t.TempDir(), "idx")
			copyDir(t, pristine, idx)
			tt.damage(idx)
			got, errOut := listing(t, bin, idx, corpus)
			sameIDs(t, got, want)
			if strings.Contains(errOut, "goroutine ") {
				t.Errorf("a crash on the way:\n%s", errOut)
			}
			if want := "the index at " + idx; tt.said != "" && (!strings.Contains(errOut, tt.said) || !strings.Contains(errOut, want) || !strings.Contains(errOut, "rebuilding it")) {
				t.Errorf("stderr %q does not say %q, %q and that it is rebuilding it", errOut, want, tt.said)
			}
			if tt.said == "" && strings.Contains(errOut, "rebuilding") {
				t.Errorf("a whole index rebuilt for a damaged people table: %q", errOut)
			}
			// Once rebuilt, the index is reused as it is.
			got, errOut = listing(t, bin, idx, corpus)
			sameIDs(t, got, want)
			if strings.Contains(errOut, "indexed") || strings.Contains(errOut, "damaged") {
				t.Errorf("rebuilt again on the next run: %s", errOut)
			}
		})
	}
}

// TestDamagedIndexIsReported: the explorer says in its status line why
// it rebuilds an index, as the commands say it on stderr (see
// TestDamagedIndexIsRebuilt): an index of an older storytui, and one
// whose manifest is garbage.
func TestDamagedIndexIsReported(t *testing.T) {
	bin := robustBinary(t)
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	corpusFiles(t, corpus, "a", 1, 50)
	pristine := filepath.Join(dir, "pristine")
	listing(t, bin, pristine, corpus)
	tests := []struct {
		name   string
		damage func(idx string)
		said   string
	}{
		{"older version", func(idx string) { setManifestVersion(t, idx, 1) }, "another version of storytui"},
		{"manifest garbage", func(idx string) { writeBytes(t, filepath.Join(idx, "manifest.json"), []byte("{garb")) }, "was damaged"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			idx := filepath.Join(t.TempDir(), "idx")
			copyDir(t, pristine, idx)
			tt.damage(idx)
			s := startTmux(t, 200, 30, "sh", "-c", `"$0" --index "$1" "$2"; echo "exit status $?"; sleep 60`, bin, idx, corpus)
			s.waitFor("the rebuild said in the status line", func(scr string) bool {
				return strings.Contains(scr, tt.said) && strings.Contains(scr, "rebuilding it")
			})
			s.leaveSearchBox()
			s.keys("q")
			s.waitFor("a clean exit", func(scr string) bool { return strings.Contains(scr, "exit status 0") })
		})
	}
}

// TestWriteErrorKeepsPreviousIndex makes every write past 100 KB fail
// (RLIMIT_FSIZE, as a full disk would; Go ignores SIGXFSZ, so the write
// returns EFBIG), then checks the previous index still opens and nothing
// is lost.
func TestWriteErrorKeepsPreviousIndex(t *testing.T) {
	bin := robustBinary(t)
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("needs bash for ulimit")
	}
	corpus, idx, before := indexedCorpus(t, bin, t.TempDir(), 2, 300)
	want := append(before, corpusFiles(t, corpus, "b", 4, 500)...)
	slices.Sort(want)

	// Where bleve fails depends on timing (a batch, a merge, a persist),
	// so the case runs a few times; every run must end the same way.
	for round := range 3 {
		if round > 0 {
			// Back to the previous index: the next round fails again.
			for _, f := range []string{"b-0.jsonl", "b-1.jsonl", "b-2.jsonl", "b-3.jsonl"} {
				os.Remove(filepath.Join(corpus, f))
			}
			listing(t, bin, idx, corpus)
			corpusFiles(t, corpus, "b", 4, 500)
		}
		cmd := exec.Command("bash", "-c", `ulimit -f 100 && exec "$0" search --index "$1" x "$2"`, bin, idx, corpus)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		msg := stderr.String()
		if err == nil {
			t.Fatalf("round %d: indexing with writes failing succeeded; stderr:\n%s", round, msg)
		}
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
			t.Errorf("round %d: %v, want exit status 1", round, err)
		}
		if strings.Contains(msg, "goroutine ") {
			t.Errorf("round %d: a crash instead of an error: %s", round, panicLine(msg))
		}
		if !strings.Contains(msg, "storytui: cannot write the index in "+idx) || !strings.Contains(msg, "file too large") {
			t.Errorf("round %d: the write error is not reported clearly:\n%s", round, msg)
		}

		got, _ := listing(t, bin, idx, corpus)
		sameIDs(t, got, want)
	}
}

// TestWriteErrorInExplorer: the explorer, when its build hits a write
// error, lists it with the problems (the status line counts it, ! shows
// it) instead of dying or keeping quiet, and quits cleanly.
func TestWriteErrorInExplorer(t *testing.T) {
	bin := robustBinary(t)
	corpus, idx, _ := indexedCorpus(t, bin, t.TempDir(), 2, 300)
	corpusFiles(t, corpus, "b", 4, 500)
	s := startTmux(t, 200, 40, "bash", "-c", `ulimit -f 100; "$0" --index "$1" "$2"; echo "exit status $?"; sleep 60`, bin, idx, corpus)
	s.waitFor("the failure counted in the status line", func(scr string) bool { return strings.Contains(scr, "problem") })
	s.leaveSearchBox()
	s.keys("!")
	s.waitFor("the write error in the problems", func(scr string) bool {
		return strings.Contains(scr, "indexing failed: cannot write the index in") && strings.Contains(scr, "file too large")
	})
	s.keys("Escape")
	s.waitFor("the problems closed", func(scr string) bool { return !strings.Contains(scr, "while loading") })
	s.keys("q")
	// 1: the explorer ran, but the build it was asked for failed.
	s.waitFor("a clean exit", func(scr string) bool { return strings.Contains(scr, "exit status 1") })
	if scr := s.screen(false); strings.Contains(scr, "goroutine ") {
		t.Errorf("a crash:\n%s", scr)
	}
}

// TestSearchIntoClosedPipe: 'storytui search ... | head -1' prints one
// line and ends quietly, however much was left to print.
func TestSearchIntoClosedPipe(t *testing.T) {
	bin := robustBinary(t)
	dir := t.TempDir()
	corpus, idx, _ := indexedCorpus(t, bin, dir, 2, 1000)
	for _, flags := range []string{"", "--json"} {
		script := fmt.Sprintf(`"$0" search %s --limit 100000 --index "$1" '' "$2" 2>"$3" | head -1; echo "status ${PIPESTATUS[0]} ${PIPESTATUS[1]}"`, flags)
		errFile := filepath.Join(dir, "stderr")
		out, err := exec.Command("bash", "-c", script, bin, idx, corpus, errFile).Output()
		if err != nil {
			t.Fatalf("%s: bash: %v", flags, err)
		}
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		if len(lines) != 2 || !strings.Contains(lines[0], "a-") {
			t.Fatalf("%s: output %q, want one hit and the statuses", flags, out)
		}
		// 141 is 128+SIGPIPE: the quiet death every Unix filter dies.
		if st := lines[1]; st != "status 0 0" && st != "status 141 0" {
			t.Errorf("%s: %s, want storytui 0 or 141 (SIGPIPE) and head 0", flags, st)
		}
		if msg, _ := os.ReadFile(errFile); len(msg) != 0 {
			t.Errorf("%s: stderr not empty: %q", flags, msg)
		}
	}
}

// TestNoTerminalOnStdin: the script commands do not need a terminal on
// stdin (cron, CI, 'ssh host storytui search').
func TestNoTerminalOnStdin(t *testing.T) {
	bin := robustBinary(t)
	for _, args := range [][]string{{"search", "--json", "Kislyak"}, {"people", "--limit", "3"}, {"extract", "--json"}} {
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "XDG_CACHE_HOME="+t.TempDir())
		cmd.Stdin = nil // /dev/null
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil || stdout.Len() == 0 {
			t.Errorf("%v with stdin /dev/null: %v, %d bytes out, stderr %q", args, err, stdout.Len(), stderr.String())
		}
	}
	// The explorer with stdout not a terminal says what to do instead.
	_, errOut, code := storytui(t, bin)
	if code != 2 || !strings.Contains(errOut, "needs a terminal") {
		t.Errorf("explorer without a terminal: exit %d, %q", code, errOut)
	}
}

// TestExplorerOddTerminals runs the explorer under tmux with TERM=dumb
// and with stdin from /dev/null (bubbletea then reads keys from
// /dev/tty): it draws, holds no colour on a dumb terminal, and quits.
func TestExplorerOddTerminals(t *testing.T) {
	bin := robustBinary(t)
	tests := []struct {
		name, term, stdin string
		w, h              int
	}{
		{"TERM=dumb", "dumb", "", 100, 30},
		{"stdin not a terminal", "xterm-256color", "</dev/null", 100, 30},
		{"40x10", "xterm-256color", "", 40, 10},
		{"300x100", "xterm-256color", "", 300, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := startTmux(t, tt.w, tt.h, "sh", "-c", fmt.Sprintf(`TERM=%s "$0" %s; echo "exit status $?"; sleep 60`, tt.term, tt.stdin), bin)
			scr := s.waitFor("the first frame", func(scr string) bool { return strings.Contains(scr, "storytui") && strings.Contains(scr, "Sessions") })
			for i, l := range strings.Split(strings.TrimRight(scr, "\n"), "\n") {
				if w := len([]rune(l)); w > tt.w {
					t.Errorf("line %d is %d wide on a %d-column terminal: %q", i, w, tt.w, l)
				}
			}
			if tt.term == "dumb" {
				if raw := s.screen(true); strings.Contains(raw, "\x1b[3") || strings.Contains(raw, "\x1b[4") || strings.Contains(raw, "\x1b[9") {
					t.Errorf("colour on a dumb terminal:\n%q", raw)
				}
			}
			s.leaveSearchBox()
			s.keys("q")
			s.waitFor("a clean exit", func(scr string) bool { return strings.Contains(scr, "exit status 0") })
		})
	}
}

func writeBytes(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// scramble overwrites up to n bytes of path from off with a fixed
// pseudo-random pattern (the same damage on every run).
func scramble(t *testing.T, path string, off, n int64) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	info, _ := f.Stat()
	n = max(min(n, info.Size()-off), 0)
	junk := make([]byte, n)
	x := uint32(2463534242)
	for i := range junk {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		junk[i] = byte(x)
	}
	if _, err := f.WriteAt(junk, off); err != nil {
		t.Fatal(err)
	}
}

func setManifestVersion(t *testing.T, idx string, v int) {
	t.Helper()
	p := filepath.Join(idx, "manifest.json")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	m["version"] = v
	b, _ = json.Marshal(m)
	writeBytes(t, p, b)
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// panicLine is the "panic: ..." line of a crash and the function that
// raised it.
func panicLine(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "panic: ") {
			if i+3 < len(lines) {
				return l + " in " + strings.TrimSpace(lines[i+3])
			}
			return l
		}
	}
	return "no panic line"
}
