// Package index stores articles and what was extracted from them in a
// bleve index, keeps it in step with the files it was built from, and
// answers searches with typed results. No other package imports bleve.
package index

import (
	"time"

	"storytui/internal/corpus"
	"storytui/internal/extract"
)

// Span is a byte range [Start, End) in a string.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Hit is one search result.
type Hit struct {
	ID       string    `json:"id"`
	Title    string    `json:"title"`
	Source   string    `json:"source"`
	Author   string    `json:"author"`
	Date     time.Time `json:"-"`
	DateText string    `json:"date"`
	URL      string    `json:"url"`
	Score    float64   `json:"score"`
	// Snippet is a short excerpt of the text around the best matches;
	// SnippetMarks are the matched terms in it, TitleMarks those in Title.
	Snippet      string `json:"snippet"`
	SnippetMarks []Span `json:"-"`
	TitleMarks   []Span `json:"-"`
}

// Results is the answer to one search.
type Results struct {
	Query string        `json:"query"`
	Total uint64        `json:"total"`
	Hits  []Hit         `json:"hits"`
	Took  time.Duration `json:"took"`
	// Note is set when the query was not valid syntax (often only half
	// typed) and its plain words were searched instead.
	Note string `json:"note,omitempty"`
}

// Document is one stored article with its extraction.
type Document struct {
	corpus.Article
	Extract extract.Result
	// TextMarks and TitleMarks are the terms of the query the document was
	// fetched for, located in Text and Title.
	TextMarks  []Span
	TitleMarks []Span
}

// Progress reports a build or update as it goes.
type Progress struct {
	FilesTotal int
	FilesDone  int
	BytesTotal int64 // raw bytes of the files being read
	BytesDone  int64
	Articles   int // articles indexed so far in this run
	Removed    int // articles deleted because their file changed or went away
	Elapsed    time.Duration
	Done       bool
	Problems   []corpus.Problem // every problem so far
	// Phase names the work after the articles are in ("" while they are
	// read and indexed): grouping a large corpus into stories takes a
	// while, and a bar standing at 100% would look stuck.
	Phase string
}

// PhaseStories is the Phase of an update while it groups the articles
// into stories.
const PhaseStories = "grouping stories"

// Scope narrows the people, quotes and reactions tables: to the articles
// a query finds, to one article, to one story, or (zero value) to the
// whole corpus. Set fields narrow together.
type Scope struct {
	Query     string
	ArticleID string
	StoryID   string
}
