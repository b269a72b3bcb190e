// Package stories groups news articles into stories: the reports of one
// event by different outlets together with their follow-ups, while two
// look-alike events (two earthquakes, two rehab stays) stay apart.
//
// An article is a TF-IDF vector over the words of its title and lead, and
// a second one over the names in them (capitalised words and phrases, and
// Doc.People); two articles are similar by a weighted sum of the two
// cosines, damped by the days between them. Candidate pairs come from an
// inverted index restricted to a date window, so the cost grows with the
// number of articles per window rather than with the square of the corpus.
// Stories are formed by average-link clustering of that similarity graph:
// an article joins a story only when it is similar to most of it, which
// keeps one chance link from chaining two events together.
//
// Vetoes keep look-alikes apart: two articles are not linked when
// their headlines do not meet (neither title's words, or neither's rarest
// names, appear in the other article), nor when the only words their
// headlines share are a template's common words (wire earnings reports);
// two days' issues of one outlet's routine report (a daily market report
// under the same headline, or nearly with new figures) are never in one
// story, however the rest of it links them; undated pairs keep only part
// of their similarity, and no story spans more than Options.WindowDays
// between its dated members.
//
// The package is pure: no I/O, no global state, deterministic results.
package stories

import (
	"strings"
	"time"
)

// Doc is what grouping reads of an article. Source, the outlet, tells a
// routine report's daily issues apart (see routineRepeat).
type Doc struct {
	ID, Title, Text, Source string
	Date                    time.Time // zero when unknown
	People                  []string  // canonical names, may be empty
}

// Story is one group of articles.
type Story struct {
	ID      string   // stable: derived from its earliest member's id
	Title   string   // the headline of its most central member
	Members []string // article ids, oldest first; undated ones last
}

// Group clusters docs into stories with DefaultOptions. Every doc is in
// exactly one story, single-article stories included. Stories come
// largest first, then newest first; the result depends only on docs.
func Group(docs []Doc) []Story {
	g := NewGrouper(DefaultOptions())
	g.Add(docs)
	return g.Stories()
}

// Trim returns d with its text cut to the lead that grouping reads, so a
// caller can keep many docs at hand before adding them: the cut doc has
// the same features as d.
func (o Options) Trim(d Doc) Doc {
	if o.LeadWords > 0 {
		_, end := wordsEnd(d.Text, o.LeadWords)
		// A copy: a slice of the text would keep the whole article
		// alive as long as the lead is staged (a whole build).
		d.Text = strings.Clone(d.Text[:end])
	}
	return d
}
