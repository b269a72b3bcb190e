package ui

import (
	"errors"
	"os/exec"
	"runtime"
	"strings"

	tea "charm.land/bubbletea/v2"

	"storytui/internal/aggregate"
)

// copySelection puts the selected quote with its citation on the
// clipboard, through OSC 52 (the terminal does the copying, so it works
// over ssh too).
func (m *Model) copySelection() tea.Cmd {
	var text, who string
	switch m.focus {
	case focusQuotes:
		q, ok := m.quotes.Selected()
		if !ok {
			m.note, m.noteErr = "No quote selected.", true
			return nil
		}
		who = q.Speaker
		if who == "" || strings.EqualFold(who, m.quotes.person.Key) {
			who = m.quotes.person.Name
		}
		text = quoteCitation(q.Text, who, mainSources(q))
	case focusReactions:
		r, ok := m.reactions.Selected()
		if !ok || strings.TrimSpace(r.Quote) == "" {
			m.note, m.noteErr = "This reaction has no quote to copy.", true
			return nil
		}
		who = joinNonEmpty(", ", r.Who, r.Role)
		text = citation(reactionText(trimQuote(r.Quote)), who, []aggregate.Source{r.Source})
	case focusReader:
		e, ok := m.reader.cursorQuote()
		if !ok {
			m.note, m.noteErr = "Put the cursor on a quote first (] and [ move it).", true
			return nil
		}
		d := m.reader.doc
		who = e.person
		text = quoteCitation(e.quote, who, []aggregate.Source{{
			ArticleID: d.ID, Title: d.Title, Outlet: d.Source, Date: d.Date, DateText: d.DateText, URL: d.URL,
		}})
	default:
		return nil
	}
	m.note = "Copied the quote"
	if who != "" {
		m.note += " of " + oneLine(who)
	}
	m.note += " with its citation to the clipboard."
	return tea.SetClipboard(text)
}

// selectionURL is the url of the article behind the selection.
func (m Model) selectionURL() string {
	switch m.focus {
	case focusResults:
		if h, ok := itemAt(m.results.res.Hits, m.results.list.cursor); ok {
			return h.URL
		}
	case focusQuotes:
		if q, ok := m.quotes.Selected(); ok && len(q.Sources) > 0 {
			return mainSources(q)[0].URL
		}
	case focusReactions:
		if r, ok := m.reactions.Selected(); ok {
			return r.Source.URL
		}
	case focusReader:
		if m.reader.hasDoc {
			return m.reader.doc.URL
		}
	}
	return ""
}

// openSelectionURL opens the selection's article in the browser.
func (m *Model) openSelectionURL() tea.Cmd {
	url := strings.TrimSpace(m.selectionURL())
	if url == "" {
		m.note, m.noteErr = "This article has no url.", true
		return nil
	}
	open := m.openURL
	return func() tea.Msg {
		if err := open(url); err != nil {
			return noteMsg{text: "Could not open " + url + ": " + err.Error(), err: true}
		}
		return noteMsg{text: "Opened " + url}
	}
}

// openInBrowser starts the system's opener on url without waiting for
// the browser.
func openInBrowser(url string) error {
	if !strings.HasPrefix(url, "http://") && !strings.HasPrefix(url, "https://") {
		return errors.New("not a web address")
	}
	name := "xdg-open"
	switch runtime.GOOS {
	case "darwin":
		name = "open"
	case "windows":
		return exec.Command("rundll32", "url.dll,FileProtocolHandler", url).Start()
	}
	cmd := exec.Command(name, url)
	if err := cmd.Start(); err != nil {
		return err
	}
	go cmd.Wait() //nolint:errcheck // reap the opener; its exit status says nothing about the browser
	return nil
}
