package ui

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"

	"storytui/internal/aggregate"
)

// exportJob is a pane's content, copied out of the model, to be written
// by a Cmd.
type exportJob struct {
	kind      string // people, quotes, reactions
	name      string // the file name's subject
	heading   string
	scope     string
	person    aggregate.Person
	people    []aggregate.Person
	quotes    []aggregate.Quote
	reactions []aggregate.Reaction
}

// export writes the focused pane to storytui-<kind>-<subject>.md (or
// .json) in the export directory.
func (m *Model) export(asJSON bool) tea.Cmd {
	job := exportJob{kind: "", scope: m.scopeText(scopeCorpus)}
	// The pane shows "Loading…" over the last answer, which is another
	// person's or scope's: exported, one person's quotes went out under
	// the next one's name.
	if (m.focus == focusPeople && m.people.busy()) || (m.focus == focusQuotes && m.quotes.busy()) ||
		(m.focus == focusReactions && m.reactions.busy()) {
		m.note, m.noteErr = "Still loading: export once the list is shown.", true
		return nil
	}
	switch m.focus {
	case focusPeople:
		job.kind, job.people = "people", m.people.shownPeople()
		job.scope = m.scopeText(m.people.scope) + sampleNote(m.people.sample)
		job.name = m.scopeName(m.people.scope)
		job.heading = "People " + job.scope
	case focusQuotes:
		if m.quotes.person.Key == "" {
			m.note, m.noteErr = "No person selected: nothing to export.", true
			return nil
		}
		job.kind, job.quotes, job.person = "quotes", append([]aggregate.Quote(nil), m.quotes.shown...), m.quotes.person
		job.scope = m.scopeText(m.quotes.scope) + sampleNote(m.quotes.sample)
		job.name = m.quotes.person.Name
		job.heading = "Quotes of " + m.quotes.person.Name
	case focusReactions:
		job.kind, job.reactions = "reactions", append([]aggregate.Reaction(nil), m.reactions.shown...)
		job.scope = m.scopeText(m.reactions.scope) + sampleNote(m.reactions.sample)
		job.name = m.scopeName(m.reactions.scope)
		job.heading = "Reactions " + job.scope
	default:
		return nil
	}
	ext := ".md"
	if asJSON {
		ext = ".json"
	}
	path := filepath.Join(m.exportDir, "storytui-"+job.kind+"-"+slug(job.name)+ext)
	return func() tea.Msg {
		var data []byte
		var err error
		if asJSON {
			data, err = job.json()
		} else {
			data = []byte(job.markdown())
		}
		if err == nil {
			err = os.WriteFile(path, data, 0o644)
		}
		if err != nil {
			return noteMsg{text: "Export failed: " + err.Error(), err: true}
		}
		if abs, aerr := filepath.Abs(path); aerr == nil {
			path = abs
		}
		return noteMsg{text: "Exported " + job.kind + " to " + path}
	}
}

// scopeName names a scope for a file: the query, the article id or "all".
func (m Model) scopeName(s scopeMode) string {
	scope, _ := m.scopeOf(s)
	switch {
	case scope.ArticleID != "":
		return "article-" + scope.ArticleID
	case strings.TrimSpace(scope.Query) != "":
		return scope.Query
	}
	return "all"
}

func (j exportJob) json() ([]byte, error) {
	out := map[string]any{"scope": j.scope}
	switch j.kind {
	case "people":
		out["people"] = j.people
	case "quotes":
		out["person"], out["quotes"] = j.person, j.quotes
	case "reactions":
		out["reactions"] = j.reactions
	}
	b, err := json.MarshalIndent(out, "", "  ")
	return append(b, '\n'), err
}

// markdown renders the job as a Markdown document.
func (j exportJob) markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", j.heading)
	switch j.kind {
	case "people":
		b.WriteString("| Name | Role | Affiliation | Party | Articles | Mentions | Quotes |\n|---|---|---|---|---:|---:|---:|\n")
		for _, p := range j.people {
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %d | %d | %d |\n", mdCell(p.Name), mdCell(p.Role), mdCell(p.Affiliation), mdCell(p.Party), p.Articles, p.Mentions, p.Quotes)
		}
	case "quotes":
		if about := joinNonEmpty(" · ", j.person.Role, j.person.Affiliation, j.person.Party); about != "" {
			b.WriteString(about + "\n\n")
		}
		fmt.Fprintf(&b, "%s %s.\n", plural(len(j.quotes), "quote", "quotes"), j.scope)
		for _, q := range j.quotes {
			fmt.Fprintf(&b, "\n## “%s”\n\n", trimQuote(q.Text))
			for _, s := range mainSources(q) {
				b.WriteString("- " + mdSource(s) + "\n")
			}
			for _, v := range q.Variants {
				fmt.Fprintf(&b, "- Variant (%s): %s\n", variantOutlets(v, q.Sources), mdDiff(v.Diff))
			}
		}
	case "reactions":
		last := ""
		for _, r := range j.reactions {
			if !strings.EqualFold(r.Stance, last) {
				fmt.Fprintf(&b, "\n## %s\n\n", stanceTitle(r.Stance))
				last = r.Stance
			}
			who := joinNonEmpty(", ", r.Who, r.Role, r.Party)
			line := "- **" + mdCell(who) + "**"
			if r.Action != "" {
				line += " (" + r.Stance + ": " + r.Action + ")"
			}
			if q := strings.TrimSpace(r.Quote); q != "" {
				line += ": " + reactionText(trimQuote(q))
			}
			b.WriteString(line + " — " + mdSource(r.Source) + "\n")
		}
	}
	return b.String()
}

// mdSource is an outlet, date and linked title.
func mdSource(s aggregate.Source) string {
	title := strings.TrimSpace(oneLine(s.Title))
	if s.URL != "" {
		title = "[" + title + "](" + s.URL + ")"
	}
	return joinNonEmpty(", ", oneLine(s.Outlet), dateOf(s.Date, oneLine(s.DateText)), title)
}

// mdDiff shows a word diff with ~~removed~~ and **added** words.
func mdDiff(edits []aggregate.Edit) string {
	var parts []string
	for _, e := range edits {
		t := strings.TrimSpace(oneLine(e.Text))
		switch {
		case t == "":
		case e.Op == "-":
			parts = append(parts, "~~"+t+"~~")
		case e.Op == "+":
			parts = append(parts, "**"+t+"**")
		default:
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}

// mdCell keeps a value from breaking a table row.
func mdCell(s string) string {
	return strings.ReplaceAll(oneLine(s), "|", "\\|")
}
