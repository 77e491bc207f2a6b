"""The declarative ``rest`` CRM adapter: a TOML template describes any JSON/HTTP CRM."""
from __future__ import annotations

from crm_adapters.rest.adapter import RestAdapter, create
from crm_adapters.rest.template import Template, TemplateError, load_template

__all__ = ["RestAdapter", "Template", "TemplateError", "create", "load_template"]
