package index

import (
	"strings"
	"testing"

	"storytui/internal/extract"
)

// setRules records rules as the extraction rules every file of the index
// in dir was read under, as an older storytui would have.
func setRules(t *testing.T, dir string, rules int) {
	t.Helper()
	m, err := loadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	for p, e := range m.Files {
		e.Rules = rules
		m.Files[p] = e
	}
	if err := m.save(dir); err != nil {
		t.Fatal(err)
	}
}

// TestOlderRules: an index read under this build's rules says nothing;
// one whose files an older storytui read (or one made before the rules
// were recorded) is kept, not rebuilt, and says how much of it is old;
// reading a changed file again brings that file to this build's rules.
func TestOlderRules(t *testing.T) {
	dir, in := builtIndex(t)
	open := func() *Index {
		t.Helper()
		ix, err := Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		return ix
	}
	ix := open()
	if o := ix.OlderRules(); o != nil {
		t.Errorf("a fresh index reports %q", o)
	}
	ix.Close()

	for _, old := range []int{0, extract.RulesVersion - 1, extract.RulesVersion + 1} {
		setRules(t, dir, old)
		ix = open()
		o := ix.OlderRules()
		if o == nil || o.Files != 1 || o.Of != 1 || o.Articles != len(fixture) {
			t.Errorf("rules %d: OlderRules() = %+v, want the one file and its %d articles", old, o, len(fixture))
		}
		if ix.Rebuilt() != nil {
			t.Errorf("rules %d: the index was rebuilt (%s); it should be kept", old, ix.Rebuilt())
		}
		if o != nil && !strings.Contains(o.String(), "--reindex") {
			t.Errorf("the message %q does not say what to do", o)
		}
		ix.Close()
	}

	// A second file, read now, is under this build's rules; the old one
	// is still old.
	extra := fixture[0]
	extra.ID = "g1"
	writeJSONL(t, in, "g.jsonl", []rec{extra})
	ix = open()
	update(t, ix, in)
	ix.Close()
	ix = open()
	if o := ix.OlderRules(); o == nil || o.Files != 1 || o.Of != 2 {
		t.Errorf("after a new file: OlderRules() = %+v, want 1 of 2 files", o)
	}
	ix.Close()

	// The old file changed: read again, it is under this build's rules.
	writeJSONL(t, in, "f.jsonl", fixture[1:])
	ix = open()
	update(t, ix, in)
	ix.Close()
	ix = open()
	defer ix.Close()
	if o := ix.OlderRules(); o != nil {
		t.Errorf("after reading every file again: %q", o)
	}
}

// TestOlderRulesWording: the sentence agrees with its numbers.
func TestOlderRulesWording(t *testing.T) {
	for _, tt := range []struct {
		o    OlderRules
		want string
	}{
		{OlderRules{Files: 1, Of: 1, Articles: 1}, "1 of 1 file (1 article) was read"},
		{OlderRules{Files: 2, Of: 5, Articles: 40}, "2 of 5 files (40 articles) were read"},
	} {
		if got := tt.o.String(); !strings.HasPrefix(got, tt.want) {
			t.Errorf("%+v: %q, want it to begin %q", tt.o, got, tt.want)
		}
	}
}
