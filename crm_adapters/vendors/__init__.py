"""Adapters for CRMs many teams already use: HubSpot, Salesforce, Zendesk Support, Odoo.

Each is a small code adapter on :mod:`crm_adapters.http_support`, because each has quirks a
template cannot express well (HubSpot's exact-string phone match, Salesforce's SOSL escaping
and request limits, Zendesk's ticket-centred model, Odoo's two RPC dialects).
"""
