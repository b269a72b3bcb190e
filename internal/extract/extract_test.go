package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func speakerOf(t *testing.T, r Result, quote string) string {
	t.Helper()
	for _, q := range r.Quotes {
		if q.Text == quote {
			return q.Speaker
		}
	}
	t.Fatalf("quote %q not found in %+v", quote, r.Quotes)
	return ""
}

func TestSpeakerPatterns(t *testing.T) {
	cases := []struct {
		name, text, quote, want string
	}{
		{"said X", `"We will win," said Maria Gonzalez.`, "We will win,", "Maria Gonzalez"},
		{"X said", `"We will win," Maria Gonzalez said.`, "We will win,", "Maria Gonzalez"},
		{"X said colon", `Maria Gonzalez said: "We will win."`, "We will win.", "Maria Gonzalez"},
		{"X said quote", `Maria Gonzalez said "we will win" on Monday.`, "we will win", "Maria Gonzalez"},
		{"told reporters", `"We will win," Gonzalez told reporters. Maria Gonzalez is a senator.`, "We will win,", "Maria Gonzalez"},
		{"asked X", `"Why now?" asked Sen. Tom Brady.`, "Why now?", "Tom Brady"},
		{"statement that", `Peter Hall said in a statement that he "never met the man."`, "never met the man.", "Peter Hall"},
		{"according to", `The plan is "dead on arrival," according to Rep. Linda Park.`, "dead on arrival,", "Linda Park"},
		{"who clause", `Linda Park, who chairs the panel, said the bill was "a disaster for farmers."`, "a disaster for farmers.", "Linda Park"},
		{"added", `"It is over," Peter Hall added.`, "It is over,", "Peter Hall"},
		{"tweeted", `Peter Hall tweeted: "Big win tonight!"`, "Big win tonight!", "Peter Hall"},
		{"called it", `Peter Hall called it "a shameful day."`, "a shameful day.", "Peter Hall"},
		{"party tag", `"No deal," said Sen. Anna Ruiz, D-Ohio.`, "No deal,", "Anna Ruiz"},
		{"appositive", `Anna Ruiz, R-Texas, said "the vote was rigged."`, "the vote was rigged.", "Anna Ruiz"},
		{"possessive role", `"Nothing was hidden," said Hall spokeswoman Karen Lee Smith. Peter Hall denied it.`, "Nothing was hidden,", "Karen Lee Smith"},
		{"participle", `Anna Ruiz endorsed the plan, saying "it helps everyone."`, "it helps everyone.", "Anna Ruiz"},
		{"unnamed official", `"We are looking into it," a White House official said.`, "We are looking into it,", "White House official"},
		{"sources", `The deal is "all but done," said two sources familiar with the matter.`, "all but done,", "two sources familiar with the matter"},
		{"organisation", `"We deny everything," the Kremlin said.`, "We deny everything,", "Kremlin"},
		{"curly", "“We will win,” said Maria Gonzalez.", "We will win,", "Maria Gonzalez"},
		{"doubled apostrophes", "''We will win,'' said Maria Gonzalez.", "We will win,", "Maria Gonzalez"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Extract(Doc{Text: c.text})
			if got := speakerOf(t, r, c.quote); got != c.want {
				t.Errorf("speaker = %q, want %q", got, c.want)
			}
		})
	}
}

func TestContinuationAndPronouns(t *testing.T) {
	text := "Sen. Maria Gonzalez spoke first. \"We will fight,\" she said.\n\n" +
		"\"We will not stop.\"\n\n" +
		"Peter Hall, her rival, disagreed. Mr. Hall met voters on Monday. \"It is a stunt,\" he said. \"Nobody buys it.\""
	r := Extract(Doc{Text: text})
	for quote, want := range map[string]string{
		"We will fight,":    "Maria Gonzalez",
		"We will not stop.": "Maria Gonzalez",
		"It is a stunt,":    "Peter Hall",
		"Nobody buys it.":   "Peter Hall",
	} {
		if got := speakerOf(t, r, quote); got != want {
			t.Errorf("%q: speaker = %q, want %q", quote, got, want)
		}
	}
}

func TestMultiParagraphQuote(t *testing.T) {
	text := "Peter Hall said:\n\n\"The first part goes on.\n\n\"The second part ends here.\""
	r := Extract(Doc{Text: text})
	if len(r.Quotes) != 2 {
		t.Fatalf("quotes = %+v, want 2", r.Quotes)
	}
	for _, q := range r.Quotes {
		if q.Speaker != "Peter Hall" {
			t.Errorf("%q: speaker %q, want Peter Hall", q.Text, q.Speaker)
		}
	}
}

func TestQuoteMarks(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"straight", `He said "one two three" today.`, "one two three"},
		{"curly", "He said “one two three” today.", "one two three"},
		{"doubled apostrophes", "He said ''one two three'' today.", "one two three"},
		{"backticks", "He said ``one two three'' today.", "one two three"},
		{"curly open, doubled curly single close", "He said “one two three’’ today.", "one two three"},
		{"doubled curly singles", "He said ‘‘one two three’’ today.", "one two three"},
		{"nested single before a doubled close", "He said “one ‘two’’’ today.", "one ‘two’"},
		{"curly open straight close", "He said “one two three\" today.", "one two three"},
		{"nested single", `He said "she told me 'no way' at once" today.`, "she told me 'no way' at once"},
		{"nested straight doubles", `"We went from "no hope" to "some hope" at last," one banker said.`, `We went from "no hope" to "some hope" at last,`},
		{"a straight mark after a space closes when no mark follows", `He said "one two "three`, "one two"},
		{"a lost closing mark before a speech verb and its speaker", "“One two three. said Peter Hall, a lawyer.", "One two three."},
		{"a speech verb inside the quote is no lost mark", "“One two, explained to me that three.", "One two, explained to me that three."},
		{"several sentences", `"One. Two. Three," he said.`, "One. Two. Three,"},
		{"a paragraph opened with a single mark its closing double mark ends", `'One two three," said Peter Hall.`, "One two three,"},
		{"a double mark after a comma and before a space opens nothing", `Peter Hall spoke," then "one two three" came.`, "one two three"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			paras := paragraphs(c.text)
			qs, _ := scanQuotes(c.text, paras)
			if len(qs) != 1 {
				t.Fatalf("got %d quotes, want 1", len(qs))
			}
			if got := c.text[qs[0].start:qs[0].end]; got != c.want {
				t.Errorf("quote = %q, want %q", got, c.want)
			}
		})
	}
}

func TestNotQuotes(t *testing.T) {
	text := `Peter Hall told CNN's "New Day" that the bill was "a disaster." Fans of "Game of Thrones" were upset.`
	r := Extract(Doc{Text: text})
	for _, q := range r.Quotes {
		if q.Text == "New Day" || q.Text == "Game of Thrones" {
			t.Errorf("title %q taken as a quote", q.Text)
		}
	}
	if got := speakerOf(t, r, "a disaster."); got != "Peter Hall" {
		t.Errorf("speaker = %q, want Peter Hall", got)
	}
}

func TestRepeatedQuoteOnce(t *testing.T) {
	text := "\"We will win,\" said Maria Gonzalez.\n\n\"We will win,\" said Maria Gonzalez."
	r := Extract(Doc{Text: text})
	if len(r.Quotes) != 1 {
		t.Errorf("quotes = %d, want 1", len(r.Quotes))
	}
}

func names(r Result) []string {
	var out []string
	for _, p := range r.People {
		out = append(out, p.Name)
	}
	return out
}

func TestPeople(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"merge forms", "Attorney General Jeff Sessions spoke. Sessions denied it. Later Session said more.", []string{"Jeff Sessions"}},
		{"junior apart", "Donald Trump and Donald Trump Jr. spoke. Trump said no.", []string{"Donald Trump", "Donald Trump Jr."}},
		{"titles", "Sen. Al Franken and Gov. Greg Abbott met Dr. Ana Ruiz.", []string{"Al Franken", "Greg Abbott", "Ana Ruiz"}},
		{"particles", "Ludwig van Beethoven met Bill de Blasio and Pat O'Leary and Geneva Reed-Veal.", []string{"Ludwig van Beethoven", "Bill de Blasio", "Pat O'Leary", "Geneva Reed-Veal"}},
		{"possessive", "Trump's lawyer met Donald Trump's son.", []string{"Donald Trump"}},
		{"not people", "The Justice Department and the Heritage Foundation told ABC News on Monday in March. The White House said no.", nil},
		{"initials", "George W. Bush met Bush allies.", []string{"George W. Bush"}},
		{"tail form", "Sarah Isgur Flores spoke. Isgur Flores said no.", []string{"Sarah Isgur Flores"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := names(Extract(Doc{Text: c.text}))
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("people = %q, want %q", got, c.want)
			}
		})
	}
}

func TestSharedSurname(t *testing.T) {
	text := "Bill Clinton spoke first. Hillary Clinton answered questions. Clinton said she was ready."
	r := Extract(Doc{Text: text})
	if len(r.People) != 2 {
		t.Fatalf("people = %q", names(r))
	}
	var hillary Person
	for _, p := range r.People {
		if p.Name == "Hillary Clinton" {
			hillary = p
		}
	}
	if hillary.Mentions != 2 {
		t.Errorf("Hillary Clinton mentions = %d, want 2 (the recent Clinton)", hillary.Mentions)
	}
}

func TestRoleAndGender(t *testing.T) {
	text := "Sen. Al Franken, D-Minnesota, spoke. Franken said he was angry. Kremlin spokesman Dmitri Peskov disagreed. Ms. Ruiz left."
	r := Extract(Doc{Text: text})
	byName := map[string]Person{}
	for _, p := range r.People {
		byName[p.Name] = p
	}
	f := byName["Al Franken"]
	if f.Role != "Senator" || f.Party != "Democrat" || f.State != "Minnesota" || f.Gender != "m" {
		t.Errorf("Al Franken = %+v", f)
	}
	if p := byName["Dmitri Peskov"]; p.Role != "spokesman" || p.Affiliation != "Kremlin" {
		t.Errorf("Dmitri Peskov = %+v", p)
	}
	if p := byName["Ruiz"]; p.Gender != "f" {
		t.Errorf("Ruiz = %+v", p)
	}
	if f.Mentions != 2 {
		t.Errorf("Al Franken mentions = %d, want 2", f.Mentions)
	}
}

func TestJSONShape(t *testing.T) {
	r := Extract(Doc{Text: `Nobody knows "what happens next in the long game."`})
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if !strings.Contains(s, `"speaker":null`) || !strings.Contains(s, `"people":[]`) || !strings.Contains(s, `"reactions":[]`) {
		t.Errorf("json = %s", s)
	}
	empty, _ := json.Marshal(Extract(Doc{}))
	if string(empty) != `{"people":[],"quotes":[],"reactions":[]}` {
		t.Errorf("empty json = %s", empty)
	}
}

func TestOffsets(t *testing.T) {
	text := "“Ça va,” dit-il. \"We will win,\" said Maria Gonzalez."
	for _, q := range Extract(Doc{Text: text}).Quotes {
		if text[q.Start:q.End] != q.Text {
			t.Errorf("offsets %d:%d give %q, want %q", q.Start, q.End, text[q.Start:q.End], q.Text)
		}
	}
}

func TestSentences(t *testing.T) {
	text := "Sen. John Smith of the U.S. Senate met Gen. Ann Lee on Jan. 5. They talked. \"Fine. Really,\" he said. Then they left."
	an := analyse(text)
	if len(an.sents) != 4 {
		for _, s := range an.sents {
			t.Logf("%q", text[an.toks[s.first].s:an.toks[s.end-1].e])
		}
		t.Errorf("sentences = %d, want 4", len(an.sents))
	}
}

func devTexts(b *testing.B) []string {
	var texts []string
	files, _ := filepath.Glob("/work/shared/eval/dev/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err == nil {
			texts = append(texts, string(data))
		}
	}
	data, err := os.ReadFile("/work/shared/eval/dev/articles.jsonl")
	if err == nil {
		for line := range strings.SplitSeq(string(data), "\n") {
			var r struct{ Text string }
			if json.Unmarshal([]byte(line), &r) == nil && r.Text != "" {
				texts = append(texts, r.Text)
			}
		}
	}
	if len(texts) == 0 {
		b.Skip("no dev articles")
	}
	return texts
}

func BenchmarkExtract(b *testing.B) {
	texts := devTexts(b)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			Extract(Doc{Text: t})
		}
	}
}

// TestQuoteSpans holds made-up cases where the marks of a paragraph give
// several quotes, or one quote holding others: the spans it must give.
func TestQuoteSpans(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a left mark glued to a word and free after closes",
			"The town set up a page called “Lakeside If Hall Wins“ that offers homes. “It is a joke,” Anna Ruiz said.",
			[]string{"Lakeside If Hall Wins", "It is a joke,"}},
		{"a curly quotation nested in a straight one that closes",
			`"HALL: She thinks this is an episode of “Quiz Night.” It is not," he said.`,
			[]string{"HALL: She thinks this is an episode of “Quiz Night.” It is not,"}},
		{"a curly quotation nested in a straight paragraph quote that runs on",
			"Anna Ruiz wrote:\n\n\"The office is not about “Fair Play” any more. It is about power.\n\n\"That must end.\"",
			[]string{"The office is not about “Fair Play” any more. It is about power.", "That must end."}},
		{"two curly quotations nested in a straight paragraph quote",
			"Anna Ruiz wrote:\n\n\"Peter Hall called the plan “a joke” and said, “We will stop it.”\n\n\"That was all.\"",
			[]string{"Peter Hall called the plan “a joke” and said, “We will stop it.”", "That was all."}},
		{"a single right mark closes a double quote its paragraph never closes",
			"Anna Ruiz wrote: “We can win this. Vote early.’ She spoke in Lisbon on the U.S.’ role.",
			[]string{"We can win this. Vote early."}},
		{"a single right mark closes a double quote before the next one opens",
			"Anna Ruiz wrote: “We can win this.’ She starred in “Lakeside.”",
			[]string{"We can win this.", "Lakeside."}},
		{"a single right mark after a single left one closes that",
			"Anna Ruiz wrote: “He said ‘we can win.’ She spoke in Lisbon.",
			[]string{"He said ‘we can win.’ She spoke in Lisbon."}},
		{"a curly quotation nested in a curly one",
			"Peter Hall wrote: “People wearing “Vote For Ruiz” shirts at her rally. Ouch.”",
			[]string{"People wearing “Vote For Ruiz” shirts at her rally. Ouch."}},
		{"a glued mark before a clear closing one reopens a quote whose paragraph breaks were lost",
			`Hall spoke."We will win the vote."It will not be close," Hall said."Ruiz lost."`,
			[]string{"We will win the vote.", "It will not be close,", "Ruiz lost."}},
		{"a glued mark reopens when a speaker and a speech verb follow the next one",
			`Ruiz spoke."We will win the vote."It will not be close."Ruiz said the count starts soon."We are ready."`,
			[]string{"We will win the vote.", "It will not be close.", "We are ready."}},
		{"a glued mark closes when a speaker and a speech verb follow it",
			`Ruiz spoke."We will win the vote."Ruiz said the count starts soon."We are ready."`,
			[]string{"We will win the vote.", "We are ready."}},
		{"a new curly quote after a lost closing mark is no nested one",
			"“We will win, Hall said on Monday. “And we will win big.” Ruiz said “never.”",
			[]string{"We will win, Hall said on Monday.", "And we will win big.", "never."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			qs, _ := scanQuotes(c.text, paragraphs(c.text))
			var got []string
			for _, q := range qs {
				got = append(got, c.text[q.start:q.end])
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("quotes = %q, want %q", got, c.want)
			}
		})
	}
}
