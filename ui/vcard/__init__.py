"""vCard import (choose, preview, progress, summary) and export dialogs."""
