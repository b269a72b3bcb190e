package corpus

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestDiscover(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, content string) {
		t.Helper()
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b.txt", body)
	write("a.jsonl", "{}")
	write("sub/c.csv.gz", "")
	write("sub/deeper/d.md", body)
	write("sub/notes.pdf", "x")
	write(".hidden/e.txt", body)
	write("sub/.f.txt", body)
	write("G.JSON", "{}")
	// A symlink loop back to the root, and a dangling link.
	if err := os.Symlink(dir, filepath.Join(dir, "sub", "loop")); err != nil {
		t.Skip("symlinks not supported:", err)
	}
	os.Symlink(filepath.Join(dir, "missing.txt"), filepath.Join(dir, "dangling.txt"))

	files, probs := Discover([]string{dir, filepath.Join(dir, "b.txt"), filepath.Join(dir, "nope"), filepath.Join(dir, "sub", "notes.pdf")})
	var got []string
	for _, f := range files {
		rel, _ := filepath.Rel(dir, f.Path)
		got = append(got, rel)
		if !filepath.IsAbs(f.Path) {
			t.Errorf("path %q not absolute", f.Path)
		}
	}
	want := []string{"G.JSON", "a.jsonl", "b.txt", "sub/c.csv.gz", "sub/deeper/d.md"}
	if !slices.Equal(got, want) {
		t.Errorf("files %v, want %v", got, want)
	}
	var why []string
	for _, p := range probs {
		rel, _ := filepath.Rel(dir, p.File)
		why = append(why, rel)
	}
	slices.Sort(why)
	if want := []string{"dangling.txt", "nope", "sub/notes.pdf"}; !slices.Equal(why, want) {
		t.Errorf("problems %v, want for %v", probs, want)
	}
	for _, f := range files {
		if strings.HasSuffix(f.Path, "b.txt") && f.Size != int64(len(body)) {
			t.Errorf("size %d", f.Size)
		}
	}
}

// TestDiscoverUnreadableDir: as root, which can read any directory, it
// runs itself again as nobody (see runAsNobody).
func TestDiscoverUnreadableDir(t *testing.T) {
	if os.Geteuid() == 0 {
		runAsNobody(t, "TestDiscoverUnreadableDir")
		return
	}
	dir := t.TempDir()
	locked := filepath.Join(dir, "locked")
	os.Mkdir(locked, 0o755)
	os.WriteFile(filepath.Join(locked, "a.txt"), []byte(body), 0o644)
	os.Chmod(locked, 0)
	defer os.Chmod(locked, 0o755)
	files, probs := Discover([]string{dir})
	if len(files) != 0 || len(probs) != 1 || !strings.Contains(probs[0].Reason, "permission denied") {
		t.Errorf("files %v problems %v, want one problem: permission denied", files, probs)
	}
}

func TestSupported(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"a.txt", true}, {"a.md", true}, {"a.json", true}, {"a.jsonl", true}, {"a.ndjson", true},
		{"a.csv", true}, {"a.tsv", true}, {"a.jsonl.gz", true}, {"A.CSV.GZ", true}, {"dir/x.txt", true},
		{"a.gz", false}, {"a.pdf", false}, {"a", false}, {"a.txt.zip", false}, {".txt", true},
	}
	for _, tt := range tests {
		if got := Supported(tt.name); got != tt.want {
			t.Errorf("Supported(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
