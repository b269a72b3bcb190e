package index

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestResumeWithinFile interrupts the build of one large file and checks
// that the next run indexes only what was not committed, and that the
// index and the people table end up whole. The cases differ in whether
// the file changed in between (then it is read again from the start).
func TestResumeWithinFile(t *testing.T) {
	for _, c := range []struct {
		name    string
		touch   bool
		resumed bool
	}{
		{"unchanged file resumes", false, true},
		{"changed file starts over", true, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			const per = 400
			in := t.TempDir()
			manyFiles(t, in, 1, per)
			ixDir := t.TempDir()
			first := interruptedUpdate(t, ixDir, in, 6)
			if c.touch {
				later := time.Now().Add(time.Minute)
				if err := os.Chtimes(filepath.Join(in, "part00.jsonl"), later, later); err != nil {
					t.Fatal(err)
				}
			}

			ix, err := Open(ixDir)
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			p := update(t, ix, in)
			if c.resumed && (first == 0 || p.Articles != per-int(first)) {
				t.Errorf("resumed run indexed %d articles, want the %d not committed (of %d)", p.Articles, per-int(first), per)
			}
			if !c.resumed && p.Articles != per {
				t.Errorf("changed file: indexed %d articles, want all %d", p.Articles, per)
			}
			if n, _ := ix.Count(); n != per {
				t.Errorf("Count = %d, want %d", n, per)
			}
			if got := ix.people.Len(); got != per {
				t.Errorf("people table has %d articles, want %d", got, per)
			}
			checkPeople(t, ix)
			if e := ix.man.Files[filepath.Join(in, "part00.jsonl")]; e.Articles != per {
				t.Errorf("manifest counts %d articles, want %d", e.Articles, per)
			}
			if len(ix.man.Pending) != 0 || len(ix.man.Partial) != 0 {
				t.Errorf("still pending: %v %v", ix.man.Pending, ix.man.Partial)
			}
		})
	}
}
