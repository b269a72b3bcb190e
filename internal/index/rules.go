package index

import (
	"fmt"

	"storytui/internal/extract"
)

// OlderRules says how much of an index was read under other extraction
// rules than this build's (extract.RulesVersion): an older storytui's
// people, quotes, speakers and reactions stay in the index until the
// files are read again, since reading a large corpus again takes minutes
// a user may not want to spend at every upgrade.
type OlderRules struct {
	Files    int // files read under other rules
	Of       int // files in the index
	Articles int // articles of those files
}

// String is the sentence a user is shown.
func (o *OlderRules) String() string {
	files, articles, were := "files", "articles", "were"
	if o.Of == 1 {
		files = "file"
	}
	if o.Files == 1 {
		were = "was"
	}
	if o.Articles == 1 {
		articles = "article"
	}
	return fmt.Sprintf("%d of %d %s (%d %s) %s read by an older storytui: --reindex reads them with this one's rules", o.Files, o.Of, files, o.Articles, articles, were)
}

// OlderRules is what of the index Open found read under other rules, or
// nil when every file was read under this build's (or the index was just
// made, or extracts nothing).
func (ix *Index) OlderRules() *OlderRules { return ix.older }

// rulesVersion is what the manifest records for a file this index reads:
// an index that skips extraction holds no reading to be stale.
func (ix *Index) rulesVersion() int {
	if ix.opts.SkipExtraction {
		return 0
	}
	return extract.RulesVersion
}

// olderRules counts the files of m read under other rules than this
// build's.
func olderRules(m *manifest, opts Options) *OlderRules {
	if opts.SkipExtraction {
		return nil
	}
	o := &OlderRules{Of: len(m.Files)}
	for _, e := range m.Files {
		if e.Rules != extract.RulesVersion {
			o.Files++
			o.Articles += e.Articles
		}
	}
	if o.Files == 0 {
		return nil
	}
	return o
}
