package watch

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func supported(p string) bool {
	return strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".xml")
}

func start(t *testing.T, paths ...string) *Watcher {
	t.Helper()
	w, err := New(paths, Options{Quiet: 50 * time.Millisecond, Keep: supported})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	return w
}

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// collect reads bursts until every path of want has been reported and
// returns every path reported on the way. The deadline is only a guard
// against a hang; nothing is timed.
func collect(t *testing.T, w *Watcher, want ...string) map[string]bool {
	t.Helper()
	seen := map[string]bool{}
	guard := time.After(20 * time.Second)
	for {
		all := true
		for _, p := range want {
			all = all && seen[p]
		}
		if all {
			return seen
		}
		select {
		case batch := <-w.Changes():
			for _, p := range batch {
				seen[p] = true
			}
		case err := <-w.Errors():
			t.Errorf("watch error: %v", err)
		case <-guard:
			t.Fatalf("never reported %v; saw %v", want, seen)
		}
	}
}

func TestWatchReportsChangesUnderARoot(t *testing.T) {
	root := t.TempDir()
	outside := t.TempDir()
	write(t, filepath.Join(root, "old.html"), "old")
	w := start(t, root)

	sub := filepath.Join(root, "new", "deeper")
	moved := filepath.Join(outside, "batch")
	write(t, filepath.Join(moved, "m1.xml"), "feed")
	write(t, filepath.Join(moved, "inner", "m2.html"), "page")
	tests := []struct {
		name   string
		act    func()
		want   []string // reported
		ignore []string // never reported
	}{
		{
			name: "new file",
			act:  func() { write(t, filepath.Join(root, "a.html"), "a") },
			want: []string{filepath.Join(root, "a.html")},
		},
		{
			name: "changed file",
			act:  func() { write(t, filepath.Join(root, "old.html"), "changed") },
			want: []string{filepath.Join(root, "old.html")},
		},
		{
			name: "file in a new nested directory",
			act:  func() { write(t, filepath.Join(sub, "b.xml"), "b") },
			want: []string{filepath.Join(sub, "b.xml")},
		},
		{
			name: "directory moved in with files already inside",
			act: func() {
				if err := os.Rename(moved, filepath.Join(root, "batch")); err != nil {
					t.Fatal(err)
				}
			},
			want: []string{filepath.Join(root, "batch", "m1.xml"), filepath.Join(root, "batch", "inner", "m2.html")},
		},
		{
			name: "hidden temporary file renamed into place",
			act: func() {
				tmp := filepath.Join(root, ".storytui-add-123")
				write(t, tmp, "page")
				write(t, filepath.Join(root, "notes.png"), "png")
				write(t, filepath.Join(root, ".cache", "c.html"), "hidden dir")
				if err := os.Rename(tmp, filepath.Join(root, "saved.html")); err != nil {
					t.Fatal(err)
				}
			},
			want:   []string{filepath.Join(root, "saved.html")},
			ignore: []string{filepath.Join(root, ".storytui-add-123"), filepath.Join(root, "notes.png"), filepath.Join(root, ".cache", "c.html")},
		},
		{
			name: "removed file",
			act: func() {
				if err := os.Remove(filepath.Join(root, "a.html")); err != nil {
					t.Fatal(err)
				}
			},
			want: []string{filepath.Join(root, "a.html")},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.act()
			seen := collect(t, w, tt.want...)
			for _, p := range tt.ignore {
				if seen[p] {
					t.Errorf("reported %s", p)
				}
			}
		})
	}
}

func TestWatchNamedFile(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "feed.xml")
	write(t, f, "v1")
	w := start(t, f)
	write(t, filepath.Join(dir, "sibling.html"), "not watched")
	write(t, f, "v2")
	if seen := collect(t, w, f); seen[filepath.Join(dir, "sibling.html")] {
		t.Errorf("a sibling of a named file was reported: %v", seen)
	}
}

func TestWatchBurstIsReportedTogether(t *testing.T) {
	root := t.TempDir()
	w, err := New([]string{root}, Options{Quiet: time.Second, Keep: supported})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	var want []string
	for i := range 20 {
		p := filepath.Join(root, "f"+string(rune('a'+i))+".html")
		want = append(want, p)
		write(t, p, "x")
	}
	// Written well within one quiet period: the first burst holds them
	// all, each path once.
	batch := <-w.Changes()
	if len(batch) != len(want) {
		t.Errorf("first burst has %d paths, want %d: %v", len(batch), len(want), batch)
	}
}

func TestNewFailsOnMissingPath(t *testing.T) {
	if _, err := New([]string{filepath.Join(t.TempDir(), "nope")}, Options{}); err == nil {
		t.Error("no error for a missing path")
	}
}

func TestCloseIsIdempotent(t *testing.T) {
	w := start(t, t.TempDir())
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	w.Close()
}
