"""Synchronisation with the national complaint system, SP4N-LAPOR!. No Qt here.

Filled by the synchronisation work: outbox processing, the LAPOR! v3 adapter and the sandbox hub.
"""
