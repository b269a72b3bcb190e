package main

import (
	"bytes"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"storytui/internal/index"
)

// zebraCorpus writes one article under a new directory and returns the
// directory and an index directory beside it.
func zebraCorpus(t *testing.T) (docs, idx string) {
	t.Helper()
	dir := t.TempDir()
	docs = filepath.Join(dir, "docs")
	os.MkdirAll(docs, 0o755)
	os.WriteFile(filepath.Join(docs, "a.jsonl"), []byte(`{"id":"a1","title":"Zebras escape zoo","text":"Three zebras escaped from the city zoo on Monday. \"We are looking for them,\" said zookeeper Jane Marlow."}`+"\n"), 0o644)
	return docs, filepath.Join(dir, "idx")
}

// TestCommandsAnsweredByTheExplorer: while an explorer holds an index
// (its lock taken, its socket served), a command on the same index is
// answered by it over the socket, with the command's output, errors and
// exit status; --reindex is refused; once the explorer stops, commands
// open the index themselves again, also past a socket a killed explorer
// left behind.
func TestCommandsAnsweredByTheExplorer(t *testing.T) {
	docs, idx := zebraCorpus(t)
	cmd := func(args ...string) (string, string, int) {
		t.Helper()
		var stdout, stderr bytes.Buffer
		code := run(args, &stdout, &stderr)
		return stdout.String(), stderr.String(), code
	}
	if _, e, code := cmd("search", "--json", "--index", idx, "zebra", docs); code != 0 {
		t.Fatalf("building the index: exit %d: %s", code, e)
	}

	ix, err := index.Open(idx) // as the explorer holds it
	if err != nil {
		t.Fatal(err)
	}
	stop := serveCommands(idx, ix)
	out, e, code := cmd("search", "--json", "--index", idx, "zebra", docs)
	if code != 0 || len(jsonLines(t, out)) != 1 || !strings.Contains(out, `"id":"a1"`) {
		t.Errorf("search while the explorer is open: exit %d, stdout %q, stderr %q", code, out, e)
	}
	out, e, code = cmd("people", "--index", idx, docs)
	if code != 0 || !strings.HasPrefix(out, "Jane Marlow\t") {
		t.Errorf("people while the explorer is open: exit %d, stdout %q, stderr %q", code, out, e)
	}
	// A command's own failure comes back with its status.
	if _, e, code = cmd("quotes", "--by", "Nobody Atall", "--index", idx, docs); code != 1 || !strings.Contains(e, "Nobody Atall") {
		t.Errorf("quotes of nobody: exit %d, stderr %q, want 1 naming them", code, e)
	}
	// The explorer's index is not thrown away under it.
	if _, e, code = cmd("search", "--json", "--reindex", "--index", idx, "zebra", docs); code != 1 || !strings.Contains(e, "in use") {
		t.Errorf("--reindex while the explorer is open: exit %d, stderr %q", code, e)
	}
	stop()
	if _, err := os.Stat(filepath.Join(idx, sockName)); !os.IsNotExist(err) {
		t.Errorf("the socket outlived the explorer: %v", err)
	}
	ix.Close()

	// A socket left by a killed explorer: nobody answers it.
	ln, err := net.Listen("unix", filepath.Join(idx, sockName))
	if err != nil {
		t.Fatal(err)
	}
	ln.(*net.UnixListener).SetUnlinkOnClose(false)
	ln.Close()
	out, e, code = cmd("search", "--json", "--index", idx, "zebra", docs)
	if code != 0 || !strings.Contains(out, `"id":"a1"`) {
		t.Errorf("search past a stale socket: exit %d, stdout %q, stderr %q", code, out, e)
	}
}

// TestForwardedOutputIsWhole: a large answer arrives whole and in order
// through the framing, stdout and stderr apart.
func TestForwardedOutputIsWhole(t *testing.T) {
	var conn bytes.Buffer
	w := &frameWriter{w: newBufWriter(&conn)}
	big := strings.Repeat("0123456789abcdef", 10000) // 160 kB: three frames
	w.stream(frameStdout, false).Write([]byte(big))
	w.stream(frameStderr, false).Write([]byte("a note\n"))
	w.stream(frameStdout, false).Write([]byte("end\n"))
	w.frame(frameExit, []byte{0, 0, 0, 3})
	w.flush()
	var stdout, stderr bytes.Buffer
	code, err := readAnswer(&conn, &stdout, &stderr)
	if err != nil || code != 3 {
		t.Fatalf("code %d, err %v", code, err)
	}
	if stdout.String() != big+"end\n" || stderr.String() != "a note\n" {
		t.Errorf("stdout %d bytes, stderr %q", stdout.Len(), stderr.String())
	}
	// A connection cut before the exit frame is an error, not a success.
	var cut bytes.Buffer
	w = &frameWriter{w: newBufWriter(&cut)}
	w.stream(frameStdout, false).Write([]byte("partial"))
	w.flush()
	if _, err := readAnswer(&cut, &stdout, &stderr); err == nil {
		t.Error("an answer without its exit status was taken as whole")
	}
}

// TestEndToEndCommandWhileExplorerOpen: the real binary, an explorer in
// tmux and a search from a script on the same files at the same time.
func TestEndToEndCommandWhileExplorerOpen(t *testing.T) {
	bin := robustBinary(t)
	docs, idx := zebraCorpus(t)
	s := startTmux(t, 100, 30, bin, "--index", idx, docs)
	s.waitFor("the article listed", func(scr string) bool { return strings.Contains(scr, "Zebras escape zoo") })

	out, errOut, code := storytui(t, bin, "search", "--json", "--index", idx, "zebra", docs)
	if code != 0 || !strings.Contains(out, `"id":"a1"`) {
		t.Errorf("search beside the explorer: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	out, errOut, code = storytui(t, bin, "quotes", "--json", "--by", "Marlow", "--index", idx, docs)
	if code != 0 || !strings.Contains(out, "We are looking for them") {
		t.Errorf("quotes beside the explorer: exit %d, stdout %q, stderr %q", code, out, errOut)
	}

	s.keys("C-c")
	deadline := time.Now().Add(10 * time.Second)
	for !s.exited() && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if _, err := os.Stat(filepath.Join(idx, sockName)); !os.IsNotExist(err) {
		t.Errorf("the socket outlived the explorer: %v", err)
	}
	if out, errOut, code = storytui(t, bin, "search", "--json", "--index", idx, "zebra", docs); code != 0 || !strings.Contains(out, `"id":"a1"`) {
		t.Errorf("search after the explorer quit: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// TestSilentConnectionDoesNotHoldTheExplorer: a connection that sends no
// request, and one that stops reading its answer, do not keep the
// explorer from quitting.
func TestSilentConnectionDoesNotHoldTheExplorer(t *testing.T) {
	docs, idx := zebraCorpus(t)
	var stdout, stderr bytes.Buffer
	if code := run([]string{"search", "--json", "--index", idx, "zebra", docs}, &stdout, &stderr); code != 0 {
		t.Fatalf("building the index: exit %d: %s", code, stderr.String())
	}
	ix, err := index.Open(idx)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	stop := serveCommands(idx, ix)
	silent, err := net.Dial("unix", filepath.Join(idx, sockName))
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	silent.Write([]byte(`{"args":`))   // half a request, then nothing
	time.Sleep(200 * time.Millisecond) // another process's pace; nothing to wait on
	stopped := make(chan struct{})
	go func() { stop(); close(stopped) }()
	select {
	case <-stopped:
	case <-time.After(requestWait + quitWait + 5*time.Second):
		t.Fatal("a silent connection kept the explorer from stopping")
	}
}

// FuzzReadAnswer: whatever a socket sends, reading the answer ends
// without a panic, is whole only with an exit frame, and copies no more
// than it was sent.
func FuzzReadAnswer(f *testing.F) {
	var whole bytes.Buffer
	w := &frameWriter{w: newBufWriter(&whole)}
	w.stream(frameStdout, false).Write([]byte("out\n"))
	w.stream(frameStderr, false).Write([]byte("err\n"))
	w.frame(frameExit, []byte{0, 0, 0, 2})
	w.flush()
	f.Add(whole.Bytes())
	f.Add([]byte{frameExit, 0, 0, 0, 9})
	f.Add([]byte{frameStdout, 0xff, 0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, b []byte) {
		var stdout, stderr bytes.Buffer
		_, err := readAnswer(bytes.NewReader(b), &stdout, &stderr)
		if err == nil && !bytes.Contains(b, []byte{frameExit, 0, 0, 0, 4}) {
			t.Errorf("an answer with no exit frame was taken as whole")
		}
		if stdout.Len()+stderr.Len() > len(b) {
			t.Errorf("copied %d bytes out of %d", stdout.Len()+stderr.Len(), len(b))
		}
	})
}
