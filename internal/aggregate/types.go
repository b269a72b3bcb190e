// Package aggregate turns per-article extractions into corpus-wide
// tables: one entry per person however each article names them, each
// quote once with every outlet that carried it (near-identical wordings
// grouped with their differences), and the reactions to a story. It is
// pure: the index feeds it documents and persists what it returns.
package aggregate

import "time"

// Person is one individual across the corpus (or a scope of it).
type Person struct {
	Key         string   `json:"key"`  // stable identity, the folded canonical name
	Name        string   `json:"name"` // the fullest form any article uses
	Aliases     []string `json:"aliases"`
	Role        string   `json:"role,omitempty"`
	Affiliation string   `json:"affiliation,omitempty"`
	Party       string   `json:"party,omitempty"`
	State       string   `json:"state,omitempty"`
	Gender      string   `json:"gender,omitempty"`
	Articles    int      `json:"articles"` // articles that name them
	Mentions    int      `json:"mentions"` // times named, all articles together
	Quotes      int      `json:"quotes"`   // quotes attributed to them
}

// Source is one article a quote or reaction was found in.
type Source struct {
	ArticleID string    `json:"article_id"`
	Title     string    `json:"title"`
	Outlet    string    `json:"outlet"`
	Date      time.Time `json:"-"`
	DateText  string    `json:"date"`
	URL       string    `json:"url,omitempty"`
	Start     int       `json:"start"` // byte range of the quote in the article text
	End       int       `json:"end"`
	Context   string    `json:"context,omitempty"` // the sentence around it, one line
	Text      string    `json:"text"`              // the words as this article has them
}

// Quote is one statement, however many outlets carried it.
type Quote struct {
	Text    string   `json:"text"`    // the most common wording
	Speaker string   `json:"speaker"` // canonical name or descriptor; "" when unknown
	Kind    string   `json:"kind"`    // direct or partial
	Sources []Source `json:"sources"` // newest first; one per article
	// Copies is how many quotes of the articles the statement gathers:
	// one per article and wording, and a repeat in one article. A
	// person's Quotes counts these, so the sum of a person's Copies is
	// their count in the People list.
	Copies int `json:"copies"`
	// Variants holds the wordings that differ from Text, each with the
	// word-level differences from Text, so a reader sees who changed what.
	Variants []Variant `json:"variants,omitempty"`
}

// Variant is a near-identical wording of a quote and where it appeared.
type Variant struct {
	Text    string   `json:"text"`
	Diff    []Edit   `json:"diff"`    // from Quote.Text to Text
	Sources []string `json:"sources"` // article ids with this wording
}

// Edit is one step of a word diff: Op is '=', '-' (only in the main
// wording) or '+' (only in the variant).
type Edit struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// Reaction is how one person or source responded, with where it was said.
type Reaction struct {
	Who    string `json:"who"`
	Role   string `json:"role,omitempty"`
	Party  string `json:"party,omitempty"`
	Stance string `json:"stance"` // demands, criticizes, supports, denies, neutral
	Action string `json:"action,omitempty"`
	Quote  string `json:"quote,omitempty"`
	Source Source `json:"source"`
}
