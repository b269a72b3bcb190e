// Package corpus reads news articles from files (plain text, JSON, JSON
// Lines, CSV/TSV, saved web pages, RSS and Atom feeds, optionally
// gzip-compressed), cleans their text and
// reports every bad record with its file and line while loading the rest.
package corpus

import (
	"fmt"
	"time"
)

// Article is one cleaned news article, the unit every later stage reads.
type Article struct {
	ID       string    `json:"id"`
	Title    string    `json:"title"`
	Source   string    `json:"source"`
	Author   string    `json:"author"`
	Date     time.Time `json:"-"`    // zero when unknown or ambiguous
	DateText string    `json:"date"` // the date as the input wrote it
	URL      string    `json:"url"`
	Text     string    `json:"text"` // cleaned body; paragraphs separated by "\n\n"
	File     string    `json:"-"`    // the file the article was read from
	Line     int       `json:"-"`    // 1-based line of the record in File; 0 for one-article files
	// Summary is set when the input held only a summary of the article
	// (a feed item without its content); Text then ends with SummaryNote.
	Summary bool `json:"summary,omitempty"`
}

// Problem is one piece of input that could not be loaded, reported so the
// user can find and fix it.
type Problem struct {
	File   string
	Line   int // 0 when the problem concerns the whole file
	Reason string
}

// String formats the problem as file:line: reason, the form editors and
// terminals turn into links.
func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Reason)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Reason)
}
