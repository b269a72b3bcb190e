// Package extract reads people, quotes, speakers and reactions out of the
// cleaned text of one news article. It is pure: no I/O, no global state.
package extract

// Doc is what the extractor reads.
type Doc struct {
	Title  string
	Text   string // cleaned text, paragraphs separated by "\n\n"
	Source string
}

// Result is everything extracted from one article.
type Result struct {
	People    []Person   `json:"people"`
	Quotes    []Quote    `json:"quotes"`
	Reactions []Reaction `json:"reactions"`
}

// Person is one individual named in the article, under the fullest name
// the article uses.
type Person struct {
	Name        string   `json:"name"`
	Aliases     []string `json:"aliases"`
	Role        string   `json:"role,omitempty"`        // "Senator", "spokeswoman"
	Affiliation string   `json:"affiliation,omitempty"` // "Jeff Sessions", "Kremlin"
	Party       string   `json:"party,omitempty"`       // "Democrat", "Republican"
	State       string   `json:"state,omitempty"`       // "Minnesota"
	Gender      string   `json:"gender,omitempty"`      // "m", "f" or ""
	Mentions    int      `json:"mentions"`
}

// Quote is one span between quotation marks and who said it.
type Quote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"` // canonical person name, a descriptor, or "" (printed as null)
	Kind    string `json:"kind"`    // "direct" or "partial"
	Start   int    `json:"start"`   // byte offset of Text in Doc.Text
	End     int    `json:"end"`
}

// Reaction is how one person or source responded to the article's news.
type Reaction struct {
	Who    string `json:"who"`
	Role   string `json:"role,omitempty"`
	Party  string `json:"party,omitempty"`  // "Democrat", "Republican", where known
	Stance string `json:"stance"`           // supports, criticizes, demands, denies, neutral
	Action string `json:"action,omitempty"` // for demands: resign, recuse, investigate, clarify, ...
	Quote  string `json:"quote,omitempty"`  // the words that show the stance
}
