package extract

import (
	"encoding/json"
	"regexp"
	"strings"
)

// analysis is one article taken apart: the layers later passes (speakers,
// reactions) read. Token, sentence, quote and mention indexes point into
// its slices; byte offsets point into text.
type analysis struct {
	text     string
	paras    [][2]int
	quotes   []quoteSpan
	toks     []token
	sents    []sentence
	mentions []mention // in text order
	midx     []int32   // token -> mention covering it, or -1
	people   []*person
	cues     []cue
	attrib   []attribution // one per quote
}

// analyse runs every layer but the output formatting.
func analyse(text string) *analysis {
	text = blankInserts(text)
	an := &analysis{text: text}
	an.paras = dropFurniture(text, paragraphs(text))
	var marks []qmark
	an.quotes, marks = scanQuotes(text, an.paras)
	an.toks = tokenize(text, an.paras, marks, an.quotes)
	an.sents = splitSentences(an.toks)
	an.resolvePeople(an.findCandidates())
	an.addRoleMentions()
	an.findCues()
	an.attribute()
	an.documentSpeakers() // documents.go
	an.canonicalSpeakers()
	return an
}

// Extract reads one article: the people it names, the quotes it holds and
// who said them. Reactions are left empty.
func Extract(d Doc) Result {
	an := analyse(d.Text)
	return Result{People: an.resultPeople(), Quotes: an.resultQuotes(), Reactions: an.reactions(d.Title, d.Source)}
}

func (an *analysis) resultPeople() []Person {
	out := []Person{}
	for _, p := range an.people {
		if p.mentions == 0 {
			continue
		}
		aliases := p.aliases
		if aliases == nil {
			aliases = []string{}
		}
		g := ""
		if p.gender != 0 {
			g = string(p.gender)
		}
		out = append(out, Person{Name: p.name(), Aliases: aliases, Role: p.role, Affiliation: p.affil,
			Party: p.party, State: stateTitle(p.state), Gender: g, Mentions: p.mentions})
	}
	return out
}

// MarshalJSON prints an unknown speaker as null.
func (q Quote) MarshalJSON() ([]byte, error) {
	type plain Quote
	v := struct {
		plain
		Speaker *string `json:"speaker"`
	}{plain: plain(q)}
	if q.Speaker != "" {
		v.Speaker = &q.Speaker
	}
	return json.Marshal(v)
}

// insertRe matches a bracketed pointer to another story inside a
// paragraph: "( WATCH: Nancy Pelosi talks ...)", "(SEE RELATED: ...)",
// "(RELATED: ...)", "( Also on POLITICO: ...)", "( PHOTOS: ...)".
var insertRe = regexp.MustCompile(`(?i)\(\s*(?:see related|related|watch|see also|read more|read|also on [a-z]+|photos|video|click here)\s*:[^()\n]{0,300}\)`)

// blankInserts turns into spaces the bracketed pointers to other stories
// a page sets inside its paragraphs: their names are headlines' (page
// furniture), not the article's. Offsets are kept.
func blankInserts(text string) string {
	if !strings.Contains(text, ":") {
		return text
	}
	locs := insertRe.FindAllStringIndex(text, -1)
	if locs == nil {
		return text
	}
	b := []byte(text)
	for _, l := range locs {
		for i := l[0]; i < l[1]; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// dropFurniture leaves out the paragraphs of a video widget ("JUST WATCHED
// <headline> Replay More Videos ... MUST WATCH"): headlines of other
// stories, not the article's text.
func dropFurniture(text string, paras [][2]int) [][2]int {
	out := paras[:0]
	for _, p := range paras {
		s := text[p[0]:p[1]]
		if len(s) < 400 && (strings.Contains(s, "JUST WATCHED") || strings.Contains(s, "Replay More Videos") || strings.HasPrefix(s, "MUST WATCH")) {
			continue
		}
		out = append(out, p)
	}
	return out
}
