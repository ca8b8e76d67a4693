// Deleting an item asks first; deleting a workshop says which teams go with it (spec §3).

import type { FilingListKey } from '@/domain/filing'
import { confirmDialog } from '@/lib/dialogs'
import { useFilingStore } from '@/stores/filing'

const DANGER = '#d9363e'

function confirm(title: string, message: string): Promise<boolean> {
  return confirmDialog({ title, message, confirmButtonText: '删除', confirmButtonColor: DANGER })
}

/** `remove(list, id)`: asks, then deletes (a workshop with its teams, undoable). */
export function useItemRemoval() {
  const store = useFilingStore()

  async function removeWorkshop(id: string): Promise<void> {
    const workshop = store.filing.workshops.find(entry => entry.id === id)
    if (!workshop) return

    const teams = store.teamsOf(id)
    const teamNames = teams.map(team => `“${team.teamName}”`).join('、')
    const message = teams.length
      ? `删除车间“${workshop.workshopName}”将同时删除其下 ${teams.length} 个班组：${teamNames}。`
      : `确定删除车间“${workshop.workshopName}”吗？`
    if (await confirm('确认删除车间', message)) store.removeWorkshop(id)
  }

  async function remove(list: FilingListKey, id: string): Promise<void> {
    if (list === 'workshops') return removeWorkshop(id)

    const items = store.filing[list] as { id: string, name: string }[]
    const item = items.find(entry => entry.id === id)
    if (await confirm('确认删除', `确定删除“${item?.name ?? ''}”吗？`)) store.removeItem(list, id)
  }

  return { remove }
}
