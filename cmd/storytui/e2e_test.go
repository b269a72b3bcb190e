package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// tmuxSession drives the real storytui binary in a real terminal: tmux
// runs it at a fixed size, send-keys types, capture-pane reads the screen.
type tmuxSession struct {
	t      *testing.T
	socket string
	name   string
}

// buildBinary compiles storytui once for the end-to-end tests.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "storytui")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func startTmux(t *testing.T, width, height int, command ...string) *tmuxSession {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("tmux is not installed; .ci/run should have installed it")
		}
		t.Skip("tmux is not installed (apt-get install tmux) — skipping the end-to-end test")
	}
	// Subtest names hold '/' and '=', which a socket name cannot.
	safe := regexp.MustCompile(`[^A-Za-z0-9_-]+`).ReplaceAllString(t.Name(), "_")
	s := &tmuxSession{t: t, socket: fmt.Sprintf("storytui-e2e-%d-%s", os.Getpid(), safe), name: "e2e"}
	cache := t.TempDir()
	// set-clipboard lets the program's OSC 52 reach a tmux paste buffer,
	// which is how the copy test reads what was copied.
	conf := filepath.Join(cache, "tmux.conf")
	if err := os.WriteFile(conf, []byte("set -g set-clipboard on\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"-f", conf, "new-session", "-d", "-s", s.name, "-x", fmt.Sprint(width), "-y", fmt.Sprint(height),
		"env", "TERM=xterm-256color", "XDG_CACHE_HOME=" + cache, "HOME=" + cache}
	args = append(args, command...)
	s.tmux(args...)
	t.Cleanup(func() { exec.Command("tmux", "-L", s.socket, "kill-server").Run() })
	return s
}

func (s *tmuxSession) tmux(args ...string) string {
	s.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", s.socket}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// screen is the visible pane; with escapes it keeps the colours and
// attributes, so highlights can be checked.
func (s *tmuxSession) screen(escapes bool) string {
	args := []string{"capture-pane", "-p", "-t", s.name}
	if escapes {
		args = append(args, "-e")
	}
	return s.tmux(args...)
}

// waitFor polls the screen until ok holds, failing with the last screen
// after the deadline. Polling is the only way to observe another process.
func (s *tmuxSession) waitFor(what string, ok func(screen string) bool) string {
	s.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		scr := s.screen(false)
		if ok(scr) {
			return scr
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("timed out waiting for %s; screen:\n%s", what, scr)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func (s *tmuxSession) keys(keys ...string) {
	s.tmux(append([]string{"send-keys", "-t", s.name}, keys...)...)
}
func (s *tmuxSession) typeText(text string) {
	s.tmux("send-keys", "-t", s.name, "-l", text)
}

// leaveSearchBox presses Escape in the search box, where the explorer
// starts, and waits for the focus to leave it: an Escape followed at once
// by another key reaches the program as alt+that key.
func (s *tmuxSession) leaveSearchBox() {
	s.keys("Escape")
	s.waitFor("the focus to leave the search box", func(scr string) bool { return !strings.Contains(scr, "leave box") })
}

// exited reports whether the program has ended (its session is gone).
func (s *tmuxSession) exited() bool {
	return exec.Command("tmux", "-L", s.socket, "has-session", "-t", s.name).Run() != nil
}

// sgrBefore matches an SGR escape right before a word: the word is drawn
// with some style of its own, which is how a highlight shows.
func sgrBefore(word string) *regexp.Regexp {
	return regexp.MustCompile(`\x1b\[[0-9;:]*m` + regexp.QuoteMeta(word))
}

func TestEndToEndSearchDefaultCorpus(t *testing.T) {
	bin := buildBinary(t)
	s := startTmux(t, 120, 40, bin)

	s.waitFor("the first frame", func(scr string) bool { return strings.Contains(scr, "Sessions") })
	s.keys("/")
	s.typeText("Kislyak")
	// enter keeps the query and goes to the Stories pane, 2 to the articles.
	s.keys("Enter", "2")
	scr := s.waitFor("both seed articles in the results", func(scr string) bool {
		return strings.Contains(scr, "Sessions twice met with Russian ambassador") &&
			strings.Contains(scr, "CNN") && strings.Contains(scr, "ABC News") && strings.Contains(scr, "2 hits")
	})
	_ = scr
	if raw := s.screen(true); !sgrBefore("Kislyak").MatchString(raw) {
		t.Errorf("Kislyak is not highlighted on screen:\n%q", raw)
	}
	// q in the search box is text, not quit.
	s.keys("/")
	s.waitFor("the search box focused", func(scr string) bool { return strings.Contains(scr, "leave box") })
	s.typeText("q")
	s.waitFor("the q typed into the box", func(scr string) bool { return strings.Contains(scr, "Kislyakq") })
	if s.exited() {
		t.Fatal("typing q in the search box quit the program")
	}
	s.keys("BSpace", "Escape")
	// Wait for the focus to leave the box: an Escape followed at once by q
	// reaches the program as alt+q.
	s.waitFor("the focus to leave the search box", func(scr string) bool {
		return !strings.Contains(scr, "Kislyakq") && !strings.Contains(scr, "leave box")
	})
	s.keys("q")
	deadline := time.Now().Add(10 * time.Second)
	for !s.exited() {
		if time.Now().After(deadline) {
			t.Fatalf("q did not quit; screen:\n%s", s.screen(false))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestEndToEndPersonQuoteArticleCopy(t *testing.T) {
	bin := buildBinary(t)
	s := startTmux(t, 100, 30, bin)
	const words = "I never met with any Russian"

	s.waitFor("the first frame", func(scr string) bool { return strings.Contains(scr, "Sessions") })
	s.leaveSearchBox()
	s.keys("3") // People
	s.waitFor("Jeff Sessions in the people pane", func(scr string) bool { return strings.Contains(scr, "Jeff Sessions") })
	s.keys("/")
	s.typeText("Jeff Sessions")
	s.keys("Enter", "Enter") // keep the filter, then open his quotes
	scr := s.waitFor("his quotes", func(scr string) bool { return strings.Contains(scr, words) })
	s.keys("/")
	s.typeText("never met")
	s.keys("Enter")
	scr = s.waitFor("the quote alone", func(scr string) bool {
		return strings.Contains(scr, words) && !strings.Contains(scr, "I have no idea")
	})
	// Said by Sessions in both seed articles, listed once with both outlets.
	if n := strings.Count(scr, words); n != 1 {
		t.Errorf("the quote is listed %d times, want once:\n%s", n, scr)
	}
	if !strings.Contains(scr, "ABC News · CNN") {
		t.Errorf("the quote does not list both outlets:\n%s", scr)
	}

	s.keys("Enter") // to the quote in its article
	s.waitFor("the reader at the quote", func(scr string) bool { return strings.Contains(scr, "Reader") && strings.Count(scr, "never met") >= 1 })
	// The quote gone to is drawn in reverse video (SGR 7), maybe among
	// other attributes and colour changes.
	reverse := regexp.MustCompile(`\x1b\[(?:[0-9]+;)*7(?:;[0-9]+)*m(?:\x1b\[[0-9;]*m)*I never met`)
	s.waitForRaw("the quote highlighted in the reader", reverse.MatchString)

	s.keys("Escape") // back to the quotes
	s.waitFor("the quotes pane again", func(scr string) bool { return strings.Contains(scr, "go to quote") })
	s.keys("y")
	s.waitFor("the copy confirmed", func(scr string) bool { return strings.Contains(scr, "Copied") })
	buf := s.tmux("show-buffer")
	if !strings.Contains(buf, words) || !strings.Contains(buf, "Jeff Sessions") || !strings.Contains(buf, "ABC News") {
		t.Errorf("the OSC 52 copy holds %q, want the quote with speaker and outlets", buf)
	}
}

// waitForRaw is waitFor on the screen with its escape sequences.
func (s *tmuxSession) waitForRaw(what string, ok func(raw string) bool) string {
	s.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		raw := s.screen(true)
		if ok(raw) {
			return raw
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("timed out waiting for %s; screen:\n%q", what, raw)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestEndToEndChooseStory chooses the one story of the default corpus
// (the two seed articles, ABC News and CNN) in the Stories pane the
// explorer opens on, sees its articles and people narrowed to it, goes
// back out, and compares how the two outlets covered it. It needs the
// index to group stories (internal/index/stories.go).
func TestEndToEndChooseStory(t *testing.T) {
	bin := buildBinary(t)
	s := startTmux(t, 120, 40, bin)

	s.waitFor("the first frame", func(scr string) bool { return strings.Contains(scr, "Sessions") })
	s.keys("Escape")
	scr := s.waitFor("the story of the two seed articles", func(scr string) bool {
		return strings.Contains(scr, "enter its articles") && strings.Contains(scr, "2 articles") &&
			strings.Contains(scr, "ABC News") && strings.Contains(scr, "CNN")
	})
	if !strings.Contains(scr, "1 Stories · 1") {
		t.Errorf("the default corpus is not one story:\n%s", scr)
	}

	s.keys("Enter") // the story's articles
	s.waitFor("the articles of the story, the scope said", func(scr string) bool {
		return strings.Contains(scr, "Story: ") && strings.Contains(scr, "2 Articles · 2") &&
			strings.Contains(scr, "Sessions twice met with Russian ambassador")
	})
	s.keys("3") // its people
	s.waitFor("the people of the story", func(scr string) bool {
		return strings.Contains(scr, "in the story “") && strings.Contains(scr, "Jeff Sessions")
	})

	s.keys("Escape") // back out of the story, to the list
	s.waitFor("the stories, unscoped", func(scr string) bool {
		return strings.Contains(scr, "enter its articles") && !strings.Contains(scr, "Story: ")
	})
	s.keys("c")
	scr = s.waitFor("the coverage compared", func(scr string) bool {
		return strings.Contains(scr, "Who was quoted, by outlet") && strings.Contains(scr, "Quoted by one outlet only")
	})
	if !regexp.MustCompile(`(ABC News +CNN|CNN +ABC News)`).MatchString(scr) {
		t.Errorf("the table's columns are not the two outlets:\n%s", scr)
	}
	if !regexp.MustCompile(`Jeff Sessions +[0-9]+ +[0-9]+`).MatchString(scr) {
		t.Errorf("Jeff Sessions is not counted in both outlets:\n%s", scr)
	}
	s.keys("G") // the timeline ends the comparison
	s.waitFor("the timeline of both articles", func(scr string) bool {
		return strings.Contains(scr, "Timeline") &&
			regexp.MustCompile(`(?m)^ \S+ +ABC News +Sessions twice met`).MatchString(scr) &&
			regexp.MustCompile(`(?m)^ \S+ +CNN +`).MatchString(scr)
	})
}
