import pytest


@pytest.fixture
def staff_client(client, program_staff):
    client.force_login(program_staff)
    return client
