// Package ui is the storytui terminal interface: a bubbletea program that
// searches and reads articles through a Backend and never touches the
// index or the disk itself.
package ui

import (
	"context"

	"storytui/internal/index"
)

// Backend is everything the UI asks of the index. Every call is made from
// a tea.Cmd, never from Update, so a slow call never freezes the screen.
type Backend interface {
	// Search runs a query in the index query syntax; an empty query lists
	// every article, newest first.
	Search(ctx context.Context, query string, limit int) (index.Results, error)
	// Document fetches one article with the terms of query located in it.
	Document(ctx context.Context, id, query string) (index.Document, error)
}
